use codes_core::StatusCode;

codes_core::codes! {
    pub enum ApiStatus extends StatusCode {
        600 Beyond = "Beyond",
        99 Below = "Below",
    }
}

fn main() {}
