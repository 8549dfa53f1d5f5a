// RFC 9112, Section 4: the phrases of a list of HTTP status codes are visible
// ASCII, space and tab. Each non-ASCII phrase is refused on its literal.
codes_core::codes! {
    pub enum Status {
        404 NotFound = "Not Found",
        409 Conflict = "Conflit d’édition",
        #[alias("Fehler – Ungültig")]
        422 Invalid = "Invalid",
        423 Locked = "Locked 🔒",
    }
}

// Lists of other families never reach a status line: Unicode is fine there.
codes_core::codes! {
    #[codes(range = 1000..=1999)]
    pub enum AppCode {
        1001 Conflict = "Conflit d’édition",
    }
}

// Declared classes make the list non-HTTP too, even within 100..=599.
codes_core::codes! {
    #[codes(range = 100..=599, classes(100..=599 All))]
    pub enum Classed {
        404 Missing = "Introuvable – page",
    }
}

fn main() {
    let _ = AppCode::Conflict;
    let _ = Classed::Missing;
}
