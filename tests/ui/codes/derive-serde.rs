// serde's and utoipa's derives: `codes!` implements these traits itself when
// codes-core's features `serde` and `utoipa` are on. A bare `Deserialize`
// (imported with `use serde::Deserialize`) is refused as well.

codes_core::codes! {
    #[derive(serde::Serialize, Deserialize)]
    pub enum Status {
        404 NotFound = "Not Found",
    }
}

codes_core::codes! {
    #[derive(::serde_derive::Serialize, ::serde::Deserialize, utoipa::ToSchema)]
    pub enum Other {
        500 Broken = "Broken",
    }
}

fn main() {
    let _ = (Status::NotFound, Other::Broken);
}
