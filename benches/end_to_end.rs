//! End-to-end benchmark of the real binary (benches/end_to_end/linux.rs). Its fixtures, a
//! private pcscd with a virtual card and `/proc` for peak memory, exist only on Linux; elsewhere
//! it says so, and compiles, so that `cargo clippy --all-targets` works on every platform.

#[cfg(target_os = "linux")]
#[path = "end_to_end/linux.rs"]
mod linux;

fn main() {
    #[cfg(target_os = "linux")]
    linux::main();
    #[cfg(not(target_os = "linux"))]
    eprintln!("the end-to-end benchmark runs only on Linux");
}
