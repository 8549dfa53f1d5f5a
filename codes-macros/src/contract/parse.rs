//! The grammar of `contracts!`:
//!
//! ```text
//! #![contracts(crate = ::codes)]          // optional, first
//! /// docs
//! #[status(codes = ApiStatus)]            // optional, passed on
//! pub enum ShowUser = NoSuchUser | StoreDown;
//! ```

use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Path, Token, Visibility};

use super::model::{Block, Contract, Member};
use crate::common::{crate_setting, Runtime};

impl Parse for Block {
    fn parse(input: ParseStream) -> syn::Result<Block> {
        let mut krate = None;
        for attr in input.call(Attribute::parse_inner)? {
            if !attr.path().is_ident("contracts") {
                return Err(syn::Error::new_spanned(
                    attr,
                    "the only inner attribute of `contracts!` is `#![contracts(crate = path)]`, for a renamed codes-core",
                ));
            }
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("crate") {
                    krate = Some(crate_setting(&meta)?);
                    Ok(())
                } else {
                    Err(meta.error("the only setting is `crate = path`, for a renamed codes-core"))
                }
            })?;
        }
        let mut contracts = Vec::new();
        while !input.is_empty() {
            contracts.push(input.parse()?);
        }
        if contracts.is_empty() {
            return Err(input.error(
                "`contracts!` declares route contracts: `pub enum ShowUser = NoSuchUser | StoreDown;`",
            ));
        }
        let runtime = krate.as_ref().map(Runtime::new).unwrap_or_default();
        Ok(Block {
            runtime,
            krate,
            contracts,
        })
    }
}

impl Parse for Contract {
    fn parse(input: ParseStream) -> syn::Result<Contract> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        let shape = "a contract is `pub enum Name = FirstFailure | SecondFailure;`";
        input
            .parse::<Token![enum]>()
            .map_err(|e| syn::Error::new(e.span(), shape))?;
        let ident = input.parse()?;
        input
            .parse::<Token![=]>()
            .map_err(|e| syn::Error::new(e.span(), shape))?;
        let mut members = vec![input.parse::<Member>()?];
        while input.peek(Token![|]) {
            input.parse::<Token![|]>()?;
            members.push(input.parse()?);
        }
        input.parse::<Token![;]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `|` and another failure, or `;` to end the contract",
            )
        })?;
        Ok(Contract {
            attrs,
            vis,
            ident,
            members,
        })
    }
}

impl Parse for Member {
    fn parse(input: ParseStream) -> syn::Result<Member> {
        let path: Path = input.call(Path::parse_mod_style).map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the type of a failure (a type deriving `Status` and `Problem`), e.g. `NoSuchUser` or `crate::users::NoSuchUser`",
            )
        })?;
        let name = match path.segments.last() {
            Some(segment) => segment.ident.clone(),
            None => return Err(syn::Error::new_spanned(&path, "expected a type")),
        };
        Ok(Member { path, name })
    }
}
