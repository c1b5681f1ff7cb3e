# admin: see src/i18n/mod.rs for how the catalogue works.
