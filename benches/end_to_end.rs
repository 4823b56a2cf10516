//! End-to-end benchmark of the real binary (benches/end_to_end/linux.rs). Its fixtures, a
//! private pcscd with a virtual card and `/proc` for peak memory, exist only on Linux; elsewhere
//! it says so, and compiles, so that `cargo clippy --all-targets` works on every platform.
//! The binary must read the fixtures' test-only inputs, which an optimised build does only with
//! the `test-inputs` feature: `cargo bench --bench end_to_end --features test-inputs`.

#[cfg(target_os = "linux")]
#[path = "end_to_end/linux.rs"]
mod linux;

fn main() {
    // Without the feature the binary would read this machine's hosts file, Java and USB
    // devices, and the numbers would be of something else.
    #[cfg(target_os = "linux")]
    if cfg!(feature = "test-inputs") {
        linux::main();
    } else {
        eprintln!("run the benchmark with --features test-inputs (see docs/testing.md)");
        std::process::exit(2);
    }
    #[cfg(not(target_os = "linux"))]
    eprintln!("the end-to-end benchmark runs only on Linux");
}
