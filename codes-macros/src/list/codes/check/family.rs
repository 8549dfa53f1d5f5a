//! `#[codes(range = A..=B, classes(A..=B Name, ...), path = ...)]`: the family of a list.

use syn::LitInt;

use crate::common::Errors;
use crate::list::codes::attr::Settings;
use crate::list::codes::model::{ClassDef, Family};

fn bound(lit: &LitInt, errors: &mut Errors) -> Option<u16> {
    let value = lit.base10_parse::<u16>().ok();
    if value.is_none() {
        errors.tokens(lit, "a code range bound must be an integer from 0 to 65535");
    }
    value
}

/// The family the settings declare. When the range itself is wrong, entries
/// are checked against no limits, rather than HTTP's, which would add errors
/// that are not the user's.
pub fn check(settings: Settings, errors: &mut Errors) -> Family {
    let mut family = Family::http();
    if let Some((min_lit, max_lit)) = &settings.own.range.get() {
        let (Some(min), Some(max)) = (bound(min_lit, errors), bound(max_lit, errors)) else {
            return Family::permissive();
        };
        if min > max {
            errors.tokens(max_lit, format_args!("empty range: {min} is above {max}"));
            return Family::permissive();
        }
        family.min = min;
        family.max = max;
    }
    let mut classes: Vec<ClassDef> = Vec::new();
    for ((min_lit, max_lit), ident) in settings.own.classes.get().unwrap_or_default() {
        let (Some(min), Some(max)) = (bound(&min_lit, errors), bound(&max_lit, errors)) else {
            continue;
        };
        if min > max {
            errors.tokens(
                &max_lit,
                format_args!("empty class range: {min} is above {max}"),
            );
        } else if min < family.min || max > family.max {
            errors.tokens(
                &min_lit,
                format_args!(
                    "class `{ident}` ({min}..={max}) is outside the code range {}..={}",
                    family.min, family.max
                ),
            );
        } else if let Some(other) = classes.iter().find(|c| c.min <= max && min <= c.max) {
            errors.tokens(
                &min_lit,
                format_args!("class `{ident}` overlaps class `{}`", other.ident),
            );
        } else if let Some(other) = classes.iter().find(|c| c.ident == ident) {
            errors.duplicate(&ident, "duplicate class name", &other.ident);
        } else {
            classes.push(ClassDef {
                min,
                max,
                ident,
                method: true,
            });
        }
    }
    classes.sort_by_key(|c| c.min);
    // HTTP's classes apply to lists that stay within 100..=599 and declare no classes.
    family.http_classes = classes.is_empty() && family.min >= 100 && family.max <= 599;
    family.classes = classes;
    family.root_path = settings.path;
    family
}
