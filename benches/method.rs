//! `codes_core::Method` against `http::Method`, on the same inputs in the same
//! process: parsing a realistic mix of request methods, and `as_str` of the
//! parsed values.
//!
//! ```text
//! cargo bench --bench method
//! python3 scripts/bench_ratios.py     # ratios from target/criterion
//! ```

use std::hint::black_box;
use std::str::FromStr;

use codes_core::Method;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A realistic mix of request methods: mostly `GET`, the usual API methods, and
/// 1% `PURGE`, which `Method` does not have. 1000 entries from a fixed seed:
/// every run sees the same input.
fn mix() -> Vec<&'static str> {
    const WEIGHTED: [(&str, u32); 9] = [
        ("GET", 60),
        ("POST", 15),
        ("PUT", 8),
        ("DELETE", 5),
        ("PATCH", 5),
        ("HEAD", 3),
        ("OPTIONS", 2),
        ("QUERY", 1),
        ("PURGE", 1),
    ];
    let total: u32 = WEIGHTED.iter().map(|(_, w)| w).sum();
    let mut state: u32 = 0x1234_5678;
    (0..1000)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let mut pick = (state >> 8) % total;
            for (method, weight) in WEIGHTED {
                if pick < weight {
                    return method;
                }
                pick -= weight;
            }
            "GET"
        })
        .collect()
}

/// What a caller does with a parse: use the method, or the error. Only the
/// outcome taken is kept, as when the caller matches on the result.
#[inline(always)]
fn consume<T, E>(result: Result<T, E>) {
    match result {
        Ok(method) => {
            black_box(method);
        }
        Err(error) => {
            black_box(error);
        }
    }
}

fn parse(c: &mut Criterion) {
    let mix = mix();
    let mut group = c.benchmark_group("method_parse");
    group.throughput(Throughput::Elements(mix.len() as u64));
    group.bench_function("codes", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                consume(Method::from_str(s));
            }
        });
    });
    group.bench_function("codes_from_bytes", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                black_box(Method::from_bytes(s.as_bytes()));
            }
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                consume(http::Method::from_bytes(s.as_bytes()));
            }
        });
    });
    // The whole `Result` kept, as when it is returned from a function that is
    // not inlined: ours is 56 bytes (`UnknownMethod` holds three `&str`s),
    // http's 24.
    group.bench_function("codes_result", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                let _ = black_box(Method::from_str(s));
            }
        });
    });
    group.bench_function("http_result", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                let _ = black_box(http::Method::from_bytes(s.as_bytes()));
            }
        });
    });
    group.finish();
}

fn as_str(c: &mut Criterion) {
    let mix = mix();
    let ours: Vec<Method> = mix.iter().filter_map(|s| s.parse().ok()).collect();
    let theirs: Vec<http::Method> = ours.iter().map(|&m| http::Method::from(m)).collect();
    let mut group = c.benchmark_group("method_as_str");
    group.throughput(Throughput::Elements(ours.len() as u64));
    group.bench_function("codes", |b| {
        b.iter(|| {
            for m in black_box(&ours) {
                black_box(m.as_str());
            }
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for m in black_box(&theirs) {
                black_box(m.as_str());
            }
        });
    });
    group.finish();
}

fn parse_patch(c: &mut Criterion) {
    let mut group = c.benchmark_group("method_parse_patch");
    group.bench_function("codes", |b| b.iter(|| black_box("PATCH").parse::<Method>()));
    group.bench_function("http", |b| {
        b.iter(|| consume(http::Method::from_bytes(black_box(b"PATCH"))))
    });
    group.finish();
}

criterion_group!(benches, parse, as_str, parse_patch);
criterion_main!(benches);
