//! `codes_core::StatusCode` against `http::StatusCode` and a hand-written
//! `#[repr(u16)]` enum, on the same inputs in the same process.
//!
//! ```text
//! cargo bench --bench status
//! cargo bench --bench status -- from_str_mix   # one group
//! cargo bench --bench status -- --ab           # the text mix, codes and http alternating
//! python3 scripts/bench_ratios.py     # ratios from target/criterion
//! ```

use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;

use codes_core::unofficial::UnofficialStatus;
use codes_core::StatusCode;
use criterion::{criterion_group, Criterion, Throughput};
use serde::{Deserialize, Serialize};

#[path = "handwritten.rs"]
mod handwritten;
use handwritten::Hand;

/// A realistic mix of response codes: mostly 200, the usual API codes, and ~5%
/// numbers that are not registered. Fixed seed: every run sees the same input.
fn mix() -> Vec<u16> {
    const WEIGHTED: [(u16, u32); 20] = [
        (200, 400),
        (201, 60),
        (204, 60),
        (301, 20),
        (304, 80),
        (400, 40),
        (401, 40),
        (403, 20),
        (404, 80),
        (409, 10),
        (422, 20),
        (429, 10),
        (500, 20),
        (502, 10),
        (503, 10),
        (299, 10),
        (420, 10),
        (499, 10),
        (600, 10),
        (0, 10),
    ];
    let total: u32 = WEIGHTED.iter().map(|(_, w)| w).sum();
    let mut state: u32 = 0x1234_5678;
    (0..1024)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let mut pick = (state >> 8) % total;
            for (code, weight) in WEIGHTED {
                if pick < weight {
                    return code;
                }
                pick -= weight;
            }
            200
        })
        .collect()
}

fn known(mix: &[u16]) -> Vec<u16> {
    mix.iter()
        .copied()
        .filter(|c| StatusCode::from_code(*c).is_some())
        .collect()
}

fn from_code(c: &mut Criterion) {
    let mix = mix();
    let mut group = c.benchmark_group("from_code");
    group.throughput(Throughput::Elements(mix.len() as u64));
    group.bench_function("codes", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &n in black_box(&mix) {
                sum += StatusCode::from_code(n).map_or(0, |s| u32::from(s.code()));
            }
            sum
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &n in black_box(&mix) {
                sum += http::StatusCode::from_u16(n).map_or(0, |s| u32::from(s.as_u16()));
            }
            sum
        });
    });
    group.bench_function("hand", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &n in black_box(&mix) {
                sum += Hand::from_code(n).map_or(0, |s| u32::from(s as u16));
            }
            sum
        });
    });
    group.bench_function("codes_unofficial", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &n in black_box(&mix) {
                sum += UnofficialStatus::from_code(n).map_or(0, |s| u32::from(s.code()));
            }
            sum
        });
    });
    group.finish();
}

/// The registered codes of the mix, as each implementation's type.
fn registered_inputs() -> (Vec<StatusCode>, Vec<http::StatusCode>, Vec<Hand>) {
    let known = known(&mix());
    let ours = known
        .iter()
        .filter_map(|&n| StatusCode::from_code(n))
        .collect();
    let theirs = known
        .iter()
        .filter_map(|&n| http::StatusCode::from_u16(n).ok())
        .collect();
    let hand = known.iter().filter_map(|&n| Hand::from_code(n)).collect();
    (ours, theirs, hand)
}

fn reason(c: &mut Criterion) {
    let (ours, theirs, hand) = registered_inputs();
    let mut group = c.benchmark_group("reason");
    group.throughput(Throughput::Elements(ours.len() as u64));
    group.bench_function("codes", |b| {
        b.iter(|| {
            black_box(&ours)
                .iter()
                .map(|s| s.reason().len())
                .sum::<usize>()
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            black_box(&theirs)
                .iter()
                .map(|s| s.canonical_reason().map_or(0, str::len))
                .sum::<usize>()
        });
    });
    group.bench_function("hand", |b| {
        b.iter(|| {
            black_box(&hand)
                .iter()
                .map(|s| s.reason().len())
                .sum::<usize>()
        });
    });
    group.finish();
}

fn display(c: &mut Criterion) {
    let (ours, theirs, hand) = registered_inputs();
    let mut group = c.benchmark_group("display");
    group.throughput(Throughput::Elements(ours.len() as u64));
    let mut buf = String::with_capacity(64);
    display_each(&mut group, "codes", &ours, &mut buf);
    display_each(&mut group, "http", &theirs, &mut buf);
    display_each(&mut group, "hand", &hand, &mut buf);
    group.finish();
}

/// Formats every value into a reused buffer.
fn display_each<T: std::fmt::Display>(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    values: &[T],
    buf: &mut String,
) {
    group.bench_function(name, |b| {
        b.iter(|| {
            let mut total = 0;
            for value in black_box(values) {
                buf.clear();
                write!(buf, "{value}").unwrap();
                total += buf.len();
            }
            total
        });
    });
}

fn from_str(c: &mut Criterion) {
    let mut group = c.benchmark_group("from_str_404");
    group.bench_function("codes", |b| {
        b.iter(|| StatusCode::from_str(black_box("404")).ok())
    });
    group.bench_function("http", |b| {
        b.iter(|| http::StatusCode::from_str(black_box("404")).ok())
    });
    group.bench_function("hand", |b| b.iter(|| Hand::from_str(black_box("404")).ok()));
    group.finish();
}

/// The text of the mix as a server or client reads it: the registered codes of
/// `mix()` as three digits, and ~5 % malformed or unregistered text of the
/// kinds seen in logs and headers (`"abc"`, `"99"`, `"1000"`, `"299"`, `""`,
/// `"4o4"`). Fixed seed: every run sees the same input.
fn text_mix() -> Vec<&'static str> {
    const BAD: [&str; 6] = ["abc", "99", "1000", "299", "", "4o4"];
    let registered: Vec<&'static str> = known(&mix())
        .into_iter()
        .map(|n| StatusCode::from_code(n).map_or("200", StatusCode::code_str))
        .collect();
    let mut state: u32 = 0x9e37_79b9;
    (0..1024)
        .map(|i| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            if (state >> 8) % 100 < 5 {
                BAD[(state >> 16) as usize % BAD.len()]
            } else {
                registered[i % registered.len()]
            }
        })
        .collect()
}

/// What a caller does with a parse: use the code, or the error. Only the
/// outcome taken is kept, as when the caller matches on the result.
#[inline(always)]
fn consume<T, E>(result: Result<T, E>) {
    match result {
        Ok(code) => {
            black_box(code);
        }
        Err(error) => {
            black_box(error);
        }
    }
}

/// `str::parse::<StatusCode>` against `http::StatusCode::from_str` on the same
/// text mix, in one run (issue 16: at most 0.8x).
fn from_str_mix(c: &mut Criterion) {
    let mix = text_mix();
    let mut group = c.benchmark_group("from_str_mix");
    group.throughput(Throughput::Elements(mix.len() as u64));
    group.bench_function("codes", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                consume(s.parse::<StatusCode>());
            }
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                consume(http::StatusCode::from_str(s));
            }
        });
    });
    // The whole `Result` kept, as when it is returned from a function that is
    // not inlined: ours is 16 bytes, http's 2.
    group.bench_function("codes_result", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                let _ = black_box(s.parse::<StatusCode>());
            }
        });
    });
    group.bench_function("http_result", |b| {
        b.iter(|| {
            for &s in black_box(&mix) {
                let _ = black_box(http::StatusCode::from_str(s));
            }
        });
    });
    group.finish();
}

#[derive(Serialize, Deserialize)]
struct WithCodes {
    status: StatusCode,
}

#[derive(Serialize, Deserialize)]
struct WithHttp {
    #[serde(serialize_with = "ser_http", deserialize_with = "de_http")]
    status: http::StatusCode,
}

fn ser_http<S: serde::Serializer>(s: &http::StatusCode, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_u16(s.as_u16())
}

fn de_http<'de, D: serde::Deserializer<'de>>(d: D) -> Result<http::StatusCode, D::Error> {
    http::StatusCode::from_u16(u16::deserialize(d)?).map_err(serde::de::Error::custom)
}

#[derive(Serialize, Deserialize)]
struct WithHand {
    status: Hand,
}

fn serde_json_round_trip(c: &mut Criterion) {
    let mut group = c.benchmark_group("serde");
    let json = br#"{"status":404}"#;
    let mut out = Vec::with_capacity(64);
    group.bench_function("codes", |b| {
        b.iter(|| {
            let value: WithCodes = serde_json::from_slice(black_box(json)).unwrap();
            out.clear();
            serde_json::to_writer(&mut out, &value).unwrap();
            out.len()
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let value: WithHttp = serde_json::from_slice(black_box(json)).unwrap();
            out.clear();
            serde_json::to_writer(&mut out, &value).unwrap();
            out.len()
        });
    });
    group.bench_function("hand", |b| {
        b.iter(|| {
            let value: WithHand = serde_json::from_slice(black_box(json)).unwrap();
            out.clear();
            serde_json::to_writer(&mut out, &value).unwrap();
            out.len()
        });
    });
    group.finish();
}

criterion_group!(
    benches,
    from_code,
    reason,
    display,
    from_str,
    from_str_mix,
    serde_json_round_trip
);

/// `cargo bench --bench status -- --ab`: the text mix parsed by codes and by
/// http in alternating rounds, in one process, instead of criterion's groups.
/// On a shared machine a group measured a few seconds after another sees
/// another load; alternating rounds see the same load, and the fastest round
/// of each (the least disturbed) compares their own costs.
fn interleaved_ab() {
    let mix = text_mix();
    alternate(
        "from_str_mix",
        &mix,
        |s| consume(s.parse::<StatusCode>()),
        |s| consume(http::StatusCode::from_str(s)),
    );
    alternate(
        "from_str_mix, the whole Result kept",
        &mix,
        |s| {
            let _ = black_box(s.parse::<StatusCode>());
        },
        |s| {
            let _ = black_box(http::StatusCode::from_str(s));
        },
    );
}

/// Runs `ours` and `theirs` over `mix` in alternating rounds; prints the
/// fastest and the median round of each, per parse, and their ratios.
fn alternate(name: &str, mix: &[&str], ours: impl Fn(&str), theirs: impl Fn(&str)) {
    const ROUNDS: usize = 400;
    const REPEAT: usize = 64;
    let (mut a, mut b) = (Vec::with_capacity(ROUNDS), Vec::with_capacity(ROUNDS));
    for i in 0..ROUNDS {
        // Alternate which goes first, so neither always follows the other.
        if i % 2 == 0 {
            round(mix, REPEAT, &ours, &mut a);
            round(mix, REPEAT, &theirs, &mut b);
        } else {
            round(mix, REPEAT, &theirs, &mut b);
            round(mix, REPEAT, &ours, &mut a);
        }
    }
    a.sort_by(f64::total_cmp);
    b.sort_by(f64::total_cmp);
    let (a_med, b_med) = (a[ROUNDS / 2], b[ROUNDS / 2]);
    println!(
        "{name}: {ROUNDS} alternating rounds of {REPEAT} x {} texts",
        mix.len()
    );
    println!(
        "  codes: fastest {:.2} ns, median {a_med:.2} ns per parse",
        a[0]
    );
    println!(
        "  http:  fastest {:.2} ns, median {b_med:.2} ns per parse",
        b[0]
    );
    println!(
        "  codes/http: {:.2} (fastest rounds), {:.2} (medians)",
        a[0] / b[0],
        a_med / b_med
    );
}

/// One round: `repeat` passes of `f` over `mix`; records the time per call.
/// Generic, not `dyn`: `f` is inlined into the loop as in real use.
#[inline(never)]
fn round<F: Fn(&str)>(mix: &[&str], repeat: usize, f: &F, times: &mut Vec<f64>) {
    let start = std::time::Instant::now();
    for _ in 0..repeat {
        for &s in black_box(mix) {
            f(s);
        }
    }
    times.push(start.elapsed().as_secs_f64() * 1e9 / (repeat * mix.len()) as f64);
}

fn main() {
    if std::env::args().any(|arg| arg == "--ab") {
        interleaved_ab();
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
