#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    hk::cli::main()
}
