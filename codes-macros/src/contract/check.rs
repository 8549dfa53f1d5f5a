//! Every rule of a `contracts!` block, once. What only the compiler knows (a
//! member derives `Status` and `Problem`, is an `Error`) is checked by the
//! generated code, on the member's path.

use super::model::{same_path, Block, Contract};
use crate::common::Errors;

pub fn check(block: &Block, errors: &mut Errors) {
    for (index, contract) in block.contracts.iter().enumerate() {
        if let Some(first) = block.contracts[..index]
            .iter()
            .find(|c| c.ident == contract.ident)
        {
            errors.duplicate(
                &contract.ident,
                format_args!(
                    "the contract `{}` is declared twice in this block",
                    contract.ident
                ),
                &first.ident,
            );
        }
        members(contract, errors);
    }
}

/// Each member once, each under a name of its own, none the contract itself.
fn members(contract: &Contract, errors: &mut Errors) {
    for (index, member) in contract.members.iter().enumerate() {
        if member.path.is_ident(&contract.ident) {
            errors.tokens(
                &member.path,
                format_args!(
                    "`{}` cannot be a failure of itself: list the failures it answers with",
                    contract.ident
                ),
            );
            continue;
        }
        let Some(first) = contract.members[..index]
            .iter()
            .find(|m| m.name == member.name)
        else {
            continue;
        };
        let message = if same_path(&first.path, &member.path) {
            format!(
                "`{}` is listed twice in the contract `{}`",
                member.name, contract.ident
            )
        } else {
            format!(
                "two failures of the contract `{}` are named `{}`, and each becomes a variant of that name: import one under another name (`use ... as ...`)",
                contract.ident, member.name
            )
        };
        errors.duplicate(&member.path, message, &first.path);
    }
}
