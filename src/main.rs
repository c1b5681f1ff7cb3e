#![forbid(unsafe_code)]

/// mimalloc rather than glibc's malloc: a warm read allocates and frees some hundred
/// thousand small strings on two threads, where glibc spends a tenth of the CPU time
/// in malloc, free and consolidation (see docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    hk::cli::main()
}
