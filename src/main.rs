fn main() {
    std::process::exit(loginsjekk::app::main());
}
