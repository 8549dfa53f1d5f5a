//! The users service's domain, shared by the `web` (axum) and `web_actix`
//! examples: the users, the store, and its failures, each a type of its own
//! deriving `Status` and `Problem` (so it answers the same way in both
//! frameworks), gathered per route into contracts (`contracts!`): each
//! handler's error type lists exactly what its route can fail with, and the
//! OpenAPI document lists exactly that.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

use codes_core::problem::{Violation, Violations};
use codes_core::{Allow, Method, Problem, Status, StatusCode};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A stored user.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq, ToSchema, JsonSchema)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub email: String,
}

/// The body of `POST /users`.
#[derive(Debug, Deserialize, ToSchema, JsonSchema)]
pub struct NewUser {
    pub name: String,
    pub email: String,
}

/// The body of `QUERY /users`: a search too structured for a query string.
/// Every condition given must hold.
#[derive(Debug, Default, Deserialize, ToSchema, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct UserQuery {
    /// Part of the name, ignoring case.
    pub name_contains: Option<String>,
    /// The email's domain, e.g. `example.com`.
    pub email_domain: Option<String>,
}

/// The methods `/users` answers: what the `Allow` header of its 405 lists.
/// (`HEAD` comes with `GET` in both frameworks.)
pub const USERS_METHODS: Allow<'static> =
    Allow(&[Method::Get, Method::Head, Method::Post, Method::Query]);

codes_core::codes! {
    /// The registry plus the code our proxies log when a client goes away.
    pub enum ApiStatus extends StatusCode {
        /// The client closed the connection before the answer was ready (nginx's code).
        499 ClientClosedRequest = "Client Closed Request",
    }
}

/// There is no user with that id.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("there is no user {0}")]
#[status(NotFound)]
#[problem(
    type = "https://example.com/problems/no-such-user",
    title = "No such user",
    reason = "USER_NOT_FOUND"
)]
pub struct NoSuchUser(pub u64);

/// Another user has that email.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("{0} is already registered")]
#[status(Conflict)]
#[problem(reason = "EMAIL_TAKEN", grpc = AlreadyExists)]
pub struct EmailTaken(pub String);

/// The user breaks the rules: one entry per field in `errors`.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("the user breaks {} rule(s)", errors.len())]
#[status(UnprocessableContent)]
pub struct Invalid {
    #[problem(member)]
    pub errors: Violations,
}

/// Too many new users this minute: try again after `Retry-After` seconds.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("more than {limit} new users a minute")]
#[status(TooManyRequests)]
pub struct SlowDown {
    #[problem(header = "retry-after")]
    pub retry_after: u64,
    #[problem(member)]
    pub limit: u32,
}

/// The user store is unusable.
///
/// (A panic while it was locked; the detail stays on the server.)
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("the user store lock is poisoned")]
#[status(ServiceUnavailable)]
pub struct StoreDown;

/// The export backend is down: try again after `Retry-After` seconds.
///
/// Its detail (an internal address) stays on the server, in the log.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("export backend at 10.0.0.7:9000 did not answer")]
#[status(ServiceUnavailable)]
pub struct ExportDown {
    #[problem(header = "retry-after")]
    pub retry_after: u64,
    #[source]
    pub cause: std::io::Error,
}

/// The client gave up on the export before it was ready.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("the export was cancelled by the client")]
#[status(codes = ApiStatus)]
#[status(ApiStatus::ClientClosedRequest)]
pub struct Cancelled;

/// The resource does not support the request's method; `Allow` lists those it does.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("{method} is not a method of this resource")]
#[status(MethodNotAllowed)]
pub struct MethodNotAllowed {
    /// The request's method, as sent (it may be one no registry knows).
    pub method: String,
    #[problem(header = "allow")]
    pub allow: Allow<'static>,
}

/// The server knows no such method at all (RFC 9110 asks for 501 here,
/// and 405 for a method it knows but the resource does not have).
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("{0} is not a method this server knows")]
#[status(NotImplemented)]
pub struct UnrecognisedMethod(pub String);

codes_core::contracts! {
    /// What `GET /users` fails with.
    pub enum ListUsers = StoreDown;
    /// What `GET /users/{id}` fails with.
    pub enum ShowUser = NoSuchUser | StoreDown;
    /// What the store's `create` fails with: the rules, the email, the limit.
    pub enum NewUserError = Invalid | EmailTaken | SlowDown;
    /// What `POST /users` fails with: `NewUserError`, or the store is down.
    pub enum CreateUser = Invalid | EmailTaken | SlowDown | StoreDown;
    /// What `DELETE /users/{id}` fails with.
    pub enum RemoveUser = NoSuchUser | StoreDown;
    /// What `GET /users/export` fails with.
    #[status(codes = ApiStatus)]
    pub enum ExportUsers = ExportDown | Cancelled;
    /// What `/users` answers a method its routes do not take with.
    pub enum UsersMethod = MethodNotAllowed | UnrecognisedMethod;
    /// What `QUERY /users` fails with (besides the framework's rejection of
    /// content that is not JSON).
    pub enum SearchUsers = MethodNotAllowed | UnrecognisedMethod | StoreDown;
}

/// The store, locked; `StoreDown` (503) if a panic poisoned the lock.
pub fn lock(store: &Mutex<Store>) -> Result<MutexGuard<'_, Store>, StoreDown> {
    store.lock().map_err(|_| StoreDown)
}

/// How many users one minute may create.
pub const CREATE_LIMIT: u32 = 3;

/// The users, in memory.
#[derive(Default)]
pub struct Store {
    next_id: u64,
    users: BTreeMap<u64, User>,
    /// Users created so far (the example's stand-in for a per-minute window).
    created: u32,
}

impl Store {
    /// Every user.
    pub fn list(&self) -> Vec<User> {
        self.users.values().cloned().collect()
    }

    /// One user, or 404.
    pub fn show(&self, id: u64) -> Result<User, NoSuchUser> {
        self.users.get(&id).cloned().ok_or(NoSuchUser(id))
    }

    /// A new user: 422 for values that break the rules, 409 for a taken email,
    /// 429 past the limit.
    pub fn create(&mut self, new: NewUser) -> Result<User, NewUserError> {
        let mut errors = Violations::new();
        if new.name.trim().is_empty() {
            errors.push(Violation::field("name", "must not be empty"));
        }
        if !new.email.contains('@') {
            errors.push(Violation::field("email", "must contain @"));
        }
        if !errors.is_empty() {
            return Err(Invalid { errors }.into());
        }
        if self
            .users
            .values()
            .any(|u| u.email.eq_ignore_ascii_case(&new.email))
        {
            return Err(EmailTaken(new.email).into());
        }
        if self.created >= CREATE_LIMIT {
            return Err(SlowDown {
                retry_after: 60,
                limit: CREATE_LIMIT,
            }
            .into());
        }
        self.created += 1;
        self.next_id += 1;
        let user = User {
            id: self.next_id,
            name: new.name,
            email: new.email,
        };
        self.users.insert(user.id, user.clone());
        Ok(user)
    }

    /// The users that match every condition of `query`, in id order.
    pub fn query(&self, query: &UserQuery) -> Vec<User> {
        let name = query.name_contains.as_deref().map(str::to_lowercase);
        self.users
            .values()
            .filter(|u| {
                name.as_deref()
                    .is_none_or(|n| u.name.to_lowercase().contains(n))
            })
            .filter(|u| {
                query.email_domain.as_deref().is_none_or(|d| {
                    u.email
                        .rsplit_once('@')
                        .is_some_and(|(_, domain)| domain.eq_ignore_ascii_case(d))
                })
            })
            .cloned()
            .collect()
    }

    /// Removes a user, or 404.
    pub fn remove(&mut self, id: u64) -> Result<(), NoSuchUser> {
        self.users.remove(&id).map(|_| ()).ok_or(NoSuchUser(id))
    }
}

/// The export always fails, the example having no export backend: 503 with
/// `Retry-After`, or 499 when `cancel` stands for a client that went away.
pub fn export(cancel: bool) -> Result<Vec<User>, ExportUsers> {
    if cancel {
        Err(Cancelled)?;
    }
    Err(ExportDown {
        retry_after: 120,
        cause: std::io::Error::new(std::io::ErrorKind::TimedOut, "connect timed out after 5 s"),
    })?
}

/// What `/users` does with a method its routes do not take: axum's and
/// actix-web's method routers know nothing newer than `PATCH`, so the handlers
/// read the method themselves. `QUERY` is a search (`Ok`); another registered
/// method is a `405` with `Allow` from [`USERS_METHODS`]; a method no registry
/// knows (`PURGE`, `get`) is a `501`.
pub fn users_method(method: &str) -> Result<(), UsersMethod> {
    match method.parse::<Method>() {
        Ok(Method::Query) => Ok(()),
        Ok(_) => Err(MethodNotAllowed {
            method: method.to_string(),
            allow: USERS_METHODS,
        })?,
        Err(_) => Err(UnrecognisedMethod(method.to_string()))?,
    }
}
