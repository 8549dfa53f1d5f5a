// Every text `FromStr` accepts names one code: a variant named like another
// code's phrase, former name or name (ASCII case ignored) is refused.
codes_core::codes! {
    pub enum Status {
        #[alias("Payload Too Large")]
        413 ContentTooLarge = "Content Too Large",
        420 PayloadTooLarge = "Enhance Your Calm",
        421 Gone = "Misdirected",
        422 Whatever = "gone",
        423 CONTENTTOOLARGE = "Locked",
        // An entry's own texts may coincide: its alias is its name here.
        #[alias("Teapot")]
        424 Teapot = "Failed Dependency",
    }
}

fn main() {}
