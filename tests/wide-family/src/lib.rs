//! A 10,000-code family, as wide as `codes!` lists get in practice (num_enum's
//! stress test does the same for its derive). It must build in CI in about the
//! time of a hand-written enum of the same size: the generated code holds no
//! constant of many enum values (rustc checks those in quadratic time) and
//! splits long `match`es into functions of at most 256 arms.
#![forbid(unsafe_code)]
#![allow(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/wide.rs"));
include!(concat!(env!("OUT_DIR"), "/sparse.rs"));

#[cfg(test)]
mod tests {
    use super::{Sparse, Wide};
    use codes_core::Code;

    fn every_u16<C: Code>(step: u16, count: usize) {
        let mut found = 0;
        for n in 0..=u16::MAX {
            let expected =
                n >= 1000 && (n - 1000) % step == 0 && usize::from((n - 1000) / step) < count;
            match C::from_code(n) {
                Some(code) => {
                    assert!(expected, "{n}");
                    assert_eq!(code.code(), n);
                    assert_eq!(code.reason(), format!("Reason {n}"));
                    assert_eq!(code.name(), format!("Code{n}"));
                    assert_eq!(n.to_string().parse::<C>(), Ok(code));
                    found += 1;
                }
                None => {
                    assert!(!expected, "{n}");
                    assert!(C::try_from(n).is_err());
                }
            }
        }
        assert_eq!(found, count);
        assert_eq!(C::all().count(), count);
        assert!(C::all().map(Code::code).eq(C::CODES.iter().copied()));
    }

    #[test]
    fn wide_family_round_trips() {
        every_u16::<Wide>(6, 10_000);
        assert_eq!(Wide::COUNT, 10_000);
        assert_eq!(Wide::Code1006.to_string(), "1006 Reason 1006");
        assert_eq!(Wide::iter().next_back(), Some(Wide::Code60994));
    }

    #[test]
    fn sparse_family_round_trips() {
        every_u16::<Sparse>(200, 300);
        assert_eq!("Reason 1200".parse(), Ok(Sparse::Code1200));
    }
}
