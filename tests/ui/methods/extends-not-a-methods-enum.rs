// `extends` names an enum made by `methods!`; a plain enum has no list to extend.
pub enum Plain {
    A,
}

codes_core::methods! {
    pub enum CacheMethod extends Plain {
        Purge = "PURGE",
    }
}

fn main() {}
