// Parsing goes on after an entry it cannot read: every mistake of the list is
// reported in one build, and the valid entries are still variants.
codes_core::codes! {
    pub enum Listed {
        200 Fine "Fine",
        404 = "Missing",
        410 Gone = "Gone"
        418 Teapot = "Teapot",
        "500" Broken = "Broken",
        503 Busy = "Busy",
    }
}

fn main() {
    let _ = Listed::Teapot;
    let _ = Listed::Busy;
}
