//! The port a web example listens on: the first argument, or a default.

/// The first command-line argument as a port, or `default` without one.
pub fn from_args(default: u16) -> std::io::Result<u16> {
    match std::env::args().nth(1) {
        Some(arg) => arg.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("not a port: {arg}"),
            )
        }),
        None => Ok(default),
    }
}
