//! Expansion snapshots: each input in `tests/expand/` (an example of the
//! `codes-expand-fixtures` package) is expanded with rustc's
//! `-Zunpretty=expanded` and compared with its checked-in `<name>.expanded.rs`,
//! so every change to generated code shows in review. After a deliberate
//! change, rewrite them and review the diff:
//!
//! ```text
//! EXPAND=overwrite cargo test --test expand
//! ```
//!
//! The snapshots are also what the names `codes!` reserves for its generated
//! items are checked against (`reserved_names_are_the_inherent_items_of_generated_enums`).
//!
//! The fixture package is built alone, with the codes-core features pinned in
//! `tests/expand/Cargo.toml`, in its own target directory (`-Z` flags need
//! `RUSTC_BOOTSTRAP=1`, which changes what some build scripts detect, so it
//! must not share the workspace's artifacts). The pretty-printer's output is
//! pinned to the toolchain in use, as trybuild's `.stderr` files are.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The inputs, each `tests/expand/<name>.rs`, an example of the fixture package.
const INPUTS: [&str; 8] = [
    "codes",
    "codes_family",
    "codes_extends",
    "methods",
    "methods_extends",
    "status",
    "problem",
    "contracts",
];

#[test]
fn expansions_match_their_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/expand");
    let overwrite = std::env::var_os("EXPAND").is_some_and(|v| v == "overwrite");
    let mut failures = Vec::new();
    for name in INPUTS {
        let expanded = normalise(&expand(root, name), root);
        let snapshot = dir.join(format!("{name}.expanded.rs"));
        let current = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if current == expanded {
            continue;
        }
        if overwrite {
            std::fs::write(&snapshot, &expanded).unwrap();
            eprintln!("rewrote {}", snapshot.display());
        } else {
            failures.push(format!(
                "{}: the expansion differs{}",
                snapshot.display(),
                first_difference(&current, &expanded)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\nReview the change, then rewrite the snapshots with \
         `EXPAND=overwrite cargo test --test expand`",
        failures.join("\n")
    );
}

/// `cargo rustc --example <name> -- -Zunpretty=expanded` on the fixture package.
fn expand(root: &Path, name: &str) -> String {
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("expand");
    let output = Command::new(env!("CARGO"))
        .current_dir(root)
        .env("RUSTC_BOOTSTRAP", "1")
        .args([
            "rustc",
            "--quiet",
            "-p",
            "codes-expand-fixtures",
            "--example",
            name,
        ])
        .arg("--target-dir")
        .arg(&target)
        .args(["--", "-Zunpretty=expanded"])
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "expanding tests/expand/{name}.rs failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("the expansion is UTF-8")
}

/// Without what every crate gets (the prelude import and `extern crate std`,
/// whose form varies between toolchains), and with this machine's paths
/// replaced.
fn normalise(expanded: &str, root: &Path) -> String {
    let mut out = String::new();
    for line in expanded.lines() {
        let trimmed = line.trim();
        if trimmed == "#![feature(prelude_import)]"
            || trimmed == "#[prelude_import]"
            || trimmed == "#[macro_use]"
            || trimmed == "extern crate std;"
            || (trimmed.starts_with("use ") && trimmed.contains("::prelude::rust_"))
        {
            continue;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.replace(&root.display().to_string(), "$WORKSPACE")
}

/// Where two texts first differ, with a few lines of each.
fn first_difference(expected: &str, actual: &str) -> String {
    let (expected, actual): (Vec<_>, Vec<_>) =
        (expected.lines().collect(), actual.lines().collect());
    let line = expected
        .iter()
        .zip(&actual)
        .position(|(a, b)| a != b)
        .unwrap_or(expected.len().min(actual.len()));
    let show = |lines: &[&str]| {
        lines
            .iter()
            .skip(line)
            .take(6)
            .map(|l| format!("    | {l}\n"))
            .collect::<String>()
    };
    format!(
        " from line {} ({} lines in the snapshot, {} now)\n  snapshot:\n{}  now:\n{}",
        line + 1,
        expected.len(),
        actual.len(),
        show(&expected),
        show(&actual)
    )
}

/// The names `codes!` reserves for the items it generates: the macro crate's
/// one list, included as it is.
#[path = "../codes-macros/src/list/reserved.rs"]
mod reserved;

/// The `codes!` enums of the snapshots, whether each is HTTP-classed, and the
/// `is_<class>()` methods of the classes it declares.
const CODE_ENUMS: [(&str, &str, bool, &[&str]); 3] = [
    ("codes", "ShopStatus", true, &[]),
    ("codes_family", "AppCode", false, &["is_auth", "is_billing"]),
    ("codes_extends", "EdgeStatus", true, &[]),
];

/// What the reserved names are checked against: every item of every inherent
/// impl of each `codes!` enum in its snapshot, which `expansions_match_their_snapshots`
/// keeps equal to rustc's own expansion (so codes-core's `__codes_semantics!`
/// is in it as the runtime really expands it). Both ways: each generated item
/// is reserved, so no variant can collide with one; each reserved name is
/// generated, so no name is refused for nothing. And none starts with `__`.
#[test]
fn reserved_names_are_the_inherent_items_of_generated_enums() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    for (snapshot, enum_name, http, class_methods) in CODE_ENUMS {
        let path = dir.join(format!("{snapshot}.expanded.rs"));
        let text = std::fs::read_to_string(&path).unwrap();
        let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut items = Vec::new();
        inherent_items(
            &file.items.iter().collect::<Vec<_>>(),
            enum_name,
            &mut items,
        );
        items.sort();

        let hidden: Vec<&String> = items.iter().filter(|i| i.starts_with("__")).collect();
        assert!(
            hidden.is_empty(),
            "{enum_name} has hidden items: {hidden:?}"
        );

        let mut expected: Vec<String> = reserved::generated(http, !class_methods.is_empty())
            .chain(class_methods.iter().copied())
            .map(String::from)
            .collect();
        expected.sort();
        assert_eq!(
            items, expected,
            "the inherent items of {enum_name} ({snapshot}.expanded.rs) and the names \
             codes-macros/src/list/reserved.rs lists for it differ"
        );
    }
}

/// The names of the items of `impl <enum_name> { ... }`, wherever it is: at the
/// top level, or inside a `const _: () = { ... }` block.
fn inherent_items(items: &[&syn::Item], enum_name: &str, out: &mut Vec<String>) {
    for item in items {
        match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                let syn::Type::Path(ty) = &*imp.self_ty else {
                    continue;
                };
                if !ty.path.is_ident(enum_name) {
                    continue;
                }
                for item in &imp.items {
                    let name = match item {
                        syn::ImplItem::Const(c) => c.ident.to_string(),
                        syn::ImplItem::Fn(f) => f.sig.ident.to_string(),
                        syn::ImplItem::Type(t) => t.ident.to_string(),
                        _ => panic!("an unexpected kind of item in `impl {enum_name}`"),
                    };
                    assert!(!out.contains(&name), "`{name}` twice on {enum_name}");
                    out.push(name);
                }
            }
            syn::Item::Const(c) => {
                if let syn::Expr::Block(block) = &*c.expr {
                    let nested: Vec<&syn::Item> = block
                        .block
                        .stmts
                        .iter()
                        .filter_map(|s| match s {
                            syn::Stmt::Item(item) => Some(item),
                            _ => None,
                        })
                        .collect();
                    inherent_items(&nested, enum_name, out);
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, nested)) = &m.content {
                    inherent_items(&nested.iter().collect::<Vec<_>>(), enum_name, out);
                }
            }
            _ => {}
        }
    }
}
