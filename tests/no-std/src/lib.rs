//! A `#![no_std]` library using the registry and its own `codes!` list: if any
//! generated or runtime code needed `std` or `alloc`, this would not build.
#![no_std]
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

use codes_core::StatusCode;

codes_core::codes! {
    /// Statuses of an embedded device's HTTP interface.
    pub enum DeviceStatus {
        /// The reading is included.
        200 Reading = "Reading",
        /// The sensor is warming up.
        503 WarmingUp = "Warming Up",
    }
}

codes_core::codes! {
    /// The registry plus the device's own code.
    pub enum DeviceHttp extends codes_core::StatusCode {
        /// The sensor needs calibrating.
        460 NeedsCalibration = "Needs Calibration",
    }
}

codes_core::methods! {
    /// The registry's methods plus the device's own.
    pub enum DeviceMethod extends codes_core::Method {
        /// Reads the sensor once.
        #[method(safe, idempotent)]
        Sample = "SAMPLE",
    }
}

/// Whether a request line's method may be served from the device's cache.
#[must_use]
pub const fn cacheable(method: &[u8]) -> bool {
    match DeviceMethod::from_bytes(method) {
        Some(m) => m.is_cacheable(),
        None => false,
    }
}

/// The device's errors, each with a status.
#[derive(Debug, codes_core::Status)]
pub enum DeviceError {
    /// No reading yet.
    #[status(DeviceHttp::NeedsCalibration)]
    Uncalibrated,
    /// The bus timed out.
    #[status(504)]
    BusTimeout,
    /// By a `crate::` path.
    #[status(crate::DeviceHttp::NeedsCalibration)]
    Drifted,
    /// A 1xx through a transparent field: answered (and listed) as 500.
    #[status(transparent)]
    Early(Early),
}

/// A 1xx status, which is no final answer.
#[derive(Debug, codes_core::Status)]
#[status(EarlyHints)]
pub struct Early;

/// Maps a device status onto the registry, in `const` context.
#[must_use]
pub const fn to_registry(status: DeviceStatus) -> StatusCode {
    match StatusCode::from_code(status.code()) {
        Some(code) => code,
        None => StatusCode::InternalServerError,
    }
}

/// The gRPC code a device error answers with, from its HTTP status, in
/// `const` context (`GrpcCode` needs no feature).
#[must_use]
pub const fn grpc_code(status: DeviceStatus) -> codes_core::GrpcCode {
    codes_core::GrpcCode::for_http_status(to_registry(status).code())
}

/// Writes a status into a fixed buffer without allocating.
///
/// # Errors
///
/// `core::fmt::Error` when the buffer is too small.
pub fn write_status(buf: &mut [u8], status: StatusCode) -> Result<usize, core::fmt::Error> {
    use core::fmt::Write;
    struct Cursor<'a>(&'a mut [u8], usize);
    impl Write for Cursor<'_> {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            let end = self.1 + s.len();
            let dest = self.0.get_mut(self.1..end).ok_or(core::fmt::Error)?;
            dest.copy_from_slice(s.as_bytes());
            self.1 = end;
            Ok(())
        }
    }
    let mut cursor = Cursor(buf, 0);
    write!(cursor, "{status}")?;
    Ok(cursor.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_and_derive_without_std() {
        use codes_core::Status;
        assert_eq!(DeviceError::Uncalibrated.status().code(), 460);
        assert_eq!(DeviceError::BusTimeout.status(), DeviceHttp::GatewayTimeout);
        assert_eq!(DeviceError::Drifted.status().code(), 460);
        assert_eq!(
            DeviceError::Early(Early).status(),
            DeviceHttp::InternalServerError
        );
    }

    #[test]
    fn methods_without_std() {
        assert!(cacheable(b"GET") && !cacheable(b"SAMPLE") && !cacheable(b"get"));
        assert_eq!("SAMPLE".parse(), Ok(DeviceMethod::Sample));
        assert!(codes_core::Method::try_from(DeviceMethod::Sample).is_err());
        let mut buf = [0u8; 32];
        let mut cursor = 0;
        for m in [DeviceMethod::Get, DeviceMethod::Sample] {
            let token = m.as_str().as_bytes();
            buf[cursor..cursor + token.len()].copy_from_slice(token);
            cursor += token.len();
        }
        assert_eq!(&buf[..cursor], b"GETSAMPLE");
        assert_eq!(core::mem::size_of::<Option<DeviceMethod>>(), 1);
    }

    #[test]
    fn grpc_codes_without_std() {
        use codes_core::GrpcCode;
        assert_eq!(grpc_code(DeviceStatus::WarmingUp), GrpcCode::Unavailable);
        assert_eq!("NOT_FOUND".parse(), Ok(GrpcCode::NotFound));
        assert_eq!(GrpcCode::NotFound.http_status(), Some(StatusCode::NotFound));
        assert_eq!(GrpcCode::from_http_response(404), GrpcCode::Unimplemented);
    }

    #[test]
    fn works_without_std() {
        assert_eq!(
            to_registry(DeviceStatus::WarmingUp),
            StatusCode::ServiceUnavailable
        );
        let mut buf = [0u8; 32];
        let n = write_status(&mut buf, StatusCode::NotFound).unwrap();
        assert_eq!(&buf[..n], b"404 Not Found");
        assert!(write_status(&mut [0u8; 4], StatusCode::NotFound).is_err());
    }
}
