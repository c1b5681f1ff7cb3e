# audit: see src/i18n/mod.rs for how the catalogue works.

## The audit record (src/domain/audit.rs)
audit-action-expected = expected reveal, export or erase
audit-set-refused = cannot be set: the audit log is only ever added to

## hk audit list
audit-client-not-id = is not a client id (like c-7k2m9q4x); the audit log names clients by id only
audit-hint-find-id = find the id with `hk client list --search TEXT`
audit-none-match = no audit entries match
