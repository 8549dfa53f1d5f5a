// `crate::`, `self::` and `super::` paths are read as paths: a mistake in
// one is reported on it, as for any other path.
mod api {
    codes_core::codes! {
        pub enum ApiStatus extends codes_core::StatusCode {
            499 ClientClosedRequest = "Client Closed Request",
        }
    }

    pub mod errors {
        #[derive(Debug, codes_core::Status)]
        pub enum ByCrate {
            #[status(crate::api::ApiStatus::ClientClosed)]
            Closed,
        }

        #[derive(Debug, codes_core::Status)]
        pub enum BySuper {
            #[status(super::ApiStatus::ClientClosedRequest)]
            Closed,
            #[status(self::Missing::NotFound)]
            Missing,
        }
    }
}

fn main() {}
