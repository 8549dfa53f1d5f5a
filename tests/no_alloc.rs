//! `Display` (and the other conversions) never allocate: counted by a global
//! allocator, per thread, so tests running in parallel do not disturb the count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::{self, Write};

use codes_core::unofficial::UnofficialStatus;
use codes_core::{Class, Code, StatusCode};
use codes_ext_api::ApiStatus;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// `GlobalAlloc` can only be implemented with `unsafe`; this forwards every call
// to the system allocator unchanged and counts. Test code only: the crates
// themselves are `#![forbid(unsafe_code)]`.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

/// A fixed buffer to format into: writing to it never allocates by itself.
struct Buffer {
    bytes: [u8; 128],
    len: usize,
}

impl Write for Buffer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

fn exercise<C: Code>(buf: &mut Buffer) -> usize {
    let mut total = 0;
    for code in C::all() {
        for pass in 0..4 {
            buf.len = 0;
            match pass {
                0 => write!(buf, "{code}"),
                1 => write!(buf, "{code:#}"),
                2 => write!(buf, "{code:>40}"),
                _ => write!(buf, "{code:<40}|"),
            }
            .unwrap();
            total += buf.len;
        }
        // Lookups and parsing do not allocate either.
        total += usize::from(C::from_code(code.code()).is_some());
        total += usize::from(code.reason().parse::<C>().is_ok());
    }
    total
}

#[test]
fn display_and_parsing_do_not_allocate() {
    let mut buf = Buffer {
        bytes: [0; 128],
        len: 0,
    };
    // Warm up anything lazily initialised by the test harness on this thread.
    let _ = exercise::<StatusCode>(&mut buf);
    let before = allocations();
    let mut total = exercise::<StatusCode>(&mut buf);
    total += exercise::<ApiStatus>(&mut buf);
    total += exercise::<UnofficialStatus>(&mut buf);
    for class in Class::ALL {
        buf.len = 0;
        write!(buf, "{class} {class:#}").unwrap();
        total += buf.len;
    }
    let after = allocations();
    assert!(total > 0);
    assert_eq!(after - before, 0, "formatting and parsing allocated");

    // The counter works: a String allocates.
    let before = allocations();
    let text = StatusCode::NotFound.to_string();
    assert_eq!(text, "404 Not Found");
    assert!(allocations() > before);
}
