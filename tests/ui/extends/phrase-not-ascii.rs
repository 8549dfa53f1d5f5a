// An extension of an HTTP enum is an HTTP list: its phrases are ASCII too.
codes_core::codes! {
    pub enum Api extends codes_core::StatusCode {
        599 Overloaded = "Überlastet",
    }
}

fn main() {}
