// An entry whose code, name and phrase are fine but whose attribute is wrong
// stays in the enum: only the attribute is reported, not every use of the variant.
codes_core::codes! {
    pub enum Listed {
        #[sepc("RFC 9110, Section 15.3.1")]
        200 Fine = "Fine",
        #[spec = "RFC 9110, Section 15.5.5"]
        404 Missing = "Missing",
        #[alias()]
        410 Gone = "Gone",
    }
}

fn main() {
    let _ = Listed::Fine;
    let _ = Listed::Missing.reason();
    let _ = Listed::Gone;
}
