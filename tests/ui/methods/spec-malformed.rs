// `#[spec]` takes one string naming an RFC, an Internet-Draft or a URL.
codes_core::methods! {
    pub enum Verbs {
        #[spec]
        Bare = "BARE",
        #[spec = "RFC 9110"]
        NameValue = "NAME-VALUE",
        #[spec(9110)]
        Number = "NUMBER",
        #[spec("RFC 9110", "RFC 7231")]
        Two = "TWO",
        #[spec("see the wiki")]
        Wiki = "WIKI",
        #[spec("RFC 9110, Section 9.3.1; ")]
        Trailing = "TRAILING",
    }
}

fn main() {}
