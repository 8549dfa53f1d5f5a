//! Writes the two lists the crate includes: 10,000 codes from 1000 in steps of
//! 6 (dense enough for slot tables), and 300 codes in steps of 200 (sparse).
use std::fmt::Write as _;
use std::path::PathBuf;

fn list(name: &str, count: u32, step: u32) -> String {
    let mut out = String::new();
    writeln!(out, "codes_core::codes! {{").unwrap();
    writeln!(out, "    /// A generated family of {count} codes.").unwrap();
    writeln!(out, "    #[codes(range = 1000..=65535)]").unwrap();
    writeln!(out, "    pub enum {name} {{").unwrap();
    for i in 0..count {
        let code = 1000 + step * i;
        writeln!(out, "        /// Code {code}.").unwrap();
        writeln!(out, "        {code} Code{code} = \"Reason {code}\",").unwrap();
    }
    writeln!(out, "    }}\n}}").unwrap();
    out
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    std::fs::write(out.join("wide.rs"), list("Wide", 10_000, 6)).unwrap();
    std::fs::write(out.join("sparse.rs"), list("Sparse", 300, 200)).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
}
