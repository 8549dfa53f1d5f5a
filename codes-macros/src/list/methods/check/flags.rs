//! What RFC 9110 says about a method's flags together.

use syn::Attribute;

use crate::common::Errors;
use crate::list::methods::model::Flags;

/// What RFC 9110 says about the flags together.
pub fn check(attr: &Attribute, f: Flags, errors: &mut Errors) {
    if f.safe && !f.idempotent {
        errors.tokens(
            attr,
            "a safe method is idempotent too (RFC 9110, Section 9.2.2): add `idempotent`",
        );
    }
    if f.cacheable && !f.safe {
        errors.tokens(
            attr,
            "`cacheable` is for safe methods whose responses a cache may reuse for the same request (GET, HEAD, QUERY): add `safe`, or remove `cacheable`",
        );
    }
}
