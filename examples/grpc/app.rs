//! The users service of the `grpc` example, on tonic: the users API of the
//! `web` example as the gRPC service `users.v1.Users` (`users.proto`), over
//! the same store and the same domain errors (`examples/shared/users.rs`).
//!
//! Each call does what its HTTP route does and fails with the same contract
//! (`ShowUser`, `CreateUser`, `RemoveUser`); the contract becomes a
//! `tonic::Status`: the error's gRPC code, its detail as the message (a 5xx's
//! is withheld, and logged), and google.rpc details where the error carries
//! them.
//!
//! Shared by `examples/grpc/main.rs` and the end-to-end test
//! `tests/grpc_service.rs`.

use std::future::Future;
use std::sync::{Arc, Mutex};

use tonic::transport::server::TcpIncoming;
use tonic::{Request, Response, Status};

// The service has no call for listing, searching or exporting users (nor
// their HTTP method handling): those parts of the domain go unused here.
#[path = "../shared/users.rs"]
#[allow(dead_code)]
mod users;
pub use users::*;

/// The messages, client and server generated from `users.proto`
/// (`scripts/gen_grpc.sh`; committed, so that no build needs `protoc`).
#[path = "users_v1.rs"]
#[allow(clippy::all, clippy::pedantic)]
pub mod proto;

use proto::users_server::UsersServer;

/// The service's state: the store, behind a lock.
pub type Users = Arc<Mutex<Store>>;

/// The gRPC service on `users` (the end-to-end test keeps a handle on the
/// store, to poison its lock and see every call fail with `UNAVAILABLE`).
pub fn service(users: Users) -> UsersServer<UsersService> {
    UsersServer::new(UsersService { users })
}

/// Serves the users service on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    users: Users,
    shutdown: impl Future<Output = ()>,
) -> Result<(), tonic::transport::Error> {
    tonic::transport::Server::builder()
        .add_service(service(users))
        .serve_with_incoming_shutdown(TcpIncoming::from(listener), shutdown)
        .await
}

/// `users.v1.Users`, over the store.
pub struct UsersService {
    users: Users,
}

#[tonic::async_trait]
impl proto::users_server::Users for UsersService {
    /// `GET /users/{id}`.
    async fn get_user(
        &self,
        request: Request<proto::GetUserRequest>,
    ) -> Result<Response<proto::User>, Status> {
        let user = show(&self.users, request.into_inner().id)?;
        Ok(Response::new(user.into()))
    }

    /// `POST /users`.
    async fn create_user(
        &self,
        request: Request<proto::NewUser>,
    ) -> Result<Response<proto::User>, Status> {
        let user = create(&self.users, request.into_inner().into())?;
        Ok(Response::new(user.into()))
    }

    /// `DELETE /users/{id}`.
    async fn delete_user(
        &self,
        request: Request<proto::DeleteUserRequest>,
    ) -> Result<Response<()>, Status> {
        remove(&self.users, request.into_inner().id)?;
        Ok(Response::new(()))
    }
}

/// One user, as `GET /users/{id}` shows it.
fn show(users: &Users, id: u64) -> Result<User, ShowUser> {
    Ok(lock(users)?.show(id)?)
}

/// A new user, as `POST /users` creates it: the store's `NewUserError` is
/// narrower than `CreateUser`, and `?` widens it.
fn create(users: &Users, new: NewUser) -> Result<User, CreateUser> {
    Ok(lock(users)?.create(new)?)
}

/// Deletes a user, as `DELETE /users/{id}` does.
fn remove(users: &Users, id: u64) -> Result<(), RemoveUser> {
    Ok(lock(users)?.remove(id)?)
}

impl From<User> for proto::User {
    fn from(User { id, name, email }: User) -> proto::User {
        proto::User { id, name, email }
    }
}

impl From<proto::NewUser> for NewUser {
    fn from(proto::NewUser { name, email }: proto::NewUser) -> NewUser {
        NewUser { name, email }
    }
}
