//! The `ouro` command line.

fn main() {
    eprintln!("usage: ouro --dump {{ast,code,errors}} [--out DIR] FILE...");
    std::process::exit(2);
}
