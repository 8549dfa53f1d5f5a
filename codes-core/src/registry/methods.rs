//! The IANA HTTP Method Registry, as one `methods!` list.
//!
//! Source: the IANA HTTP Method Registry (40 methods), including `QUERY` from RFC 10008.
//! This file holds the list and its docs only; the macro generates the rest.
//! Doc conventions per entry are those of `statuses.rs`: the first paragraph is one
//! sentence (it becomes `description()`), then when to use the method and when not,
//! then, where it helps, an example exchange as a `text` block.

crate::methods! {
    /// An HTTP request method: every method of the IANA HTTP Method Registry, as an exhaustive enum.
    ///
    /// Method names are case-sensitive tokens, so `get` is not `GET`: parsing accepts
    /// only the registered spelling, and `as_str()` gives it back. The type is one
    /// byte, and so is `Option<Method>`. Methods outside the registry (the `PURGE` and
    /// `BAN` that Varnish and some CDNs use to evict cached content, for instance)
    /// have no variant, and parsing them is an error.
    ///
    /// Matching is exhaustive: a `match` without a `_` arm names every registered
    /// method, and the compiler checks it. A change of the IANA registry is therefore
    /// a new major version of `codes-core`, as for `StatusCode`.
    ///
    /// The registry also lists `*`, but only as reserved: it is not a method, because
    /// `*` already serves as a wildcard in fields such as the CORS method lists. It has
    /// no variant here. The table below, generated from this list, shows every method
    /// with its properties and its defining specification.
    ///
    /// ```
    /// use codes_core::Method;
    ///
    /// let method: Method = "PATCH".parse().unwrap();
    /// assert_eq!(method, Method::Patch);
    /// assert_eq!(method.as_str(), "PATCH");
    /// assert!(!method.is_idempotent());
    /// assert!("patch".parse::<Method>().is_err()); // method names are case-sensitive
    /// assert!(Method::Query.is_safe() && Method::Query.is_cacheable());
    /// ```
    #[methods(path = crate::Method)]
    pub enum Method {
        /// Replaces the access control list of the target resource with the entries given in the XML body.
        ///
        /// Part of WebDAV Access Control (RFC 3744). The body is a `DAV:acl` element
        /// whose entries grant or deny privileges (read, write, ...) to principals;
        /// the new list replaces the old one as a whole. Group-ware and file servers
        /// that expose permissions over WebDAV use it; most web APIs never see it.
        #[spec("RFC 3744, Section 8.1")]
        #[method(idempotent, content = defined)]
        Acl = "ACL",

        /// Puts a collection under baseline control, so that snapshots of its whole tree can be recorded as versions.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253). A baseline
        /// captures the versions of every member of a collection at one moment, like
        /// a tagged release. An optional XML body can name an existing baseline to
        /// start from. Outside version-control servers this method does not occur.
        #[spec("RFC 3253, Section 12.6")]
        #[method(idempotent, content = defined)]
        BaselineControl = "BASELINE-CONTROL",

        /// Makes an existing resource reachable under one more name in the target collection.
        ///
        /// Part of the WebDAV BIND extension (RFC 5842, experimental). The XML body
        /// gives the new path segment and the URI of the resource to bind, much like
        /// a hard link in a file system: both names then lead to the same resource.
        /// Few servers implement it, and web APIs never see it.
        #[spec("RFC 5842, Section 4")]
        #[method(idempotent, content = defined)]
        Bind = "BIND",

        /// Records the current state of a checked-out resource as a new version and checks it in.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253): the counterpart
        /// of `CHECKOUT`. The new version's URI comes back in `Location`. An optional
        /// XML body can ask to keep the resource checked out or to allow a fork of
        /// the version history. Only version-control servers (the old Subversion
        /// protocol among them) use it.
        #[spec("RFC 3253, Section 9.4")]
        #[method(idempotent, content = defined)]
        Checkin = "CHECKIN",

        /// Checks out a version-controlled resource (or a version) so that its content and properties can be changed.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253). Depending on
        /// the features a server supports, the resource is either made editable in
        /// place or a separate working resource is created for the changes; `CHECKIN`
        /// ends the edit and `UNCHECKOUT` abandons it. An optional XML body carries
        /// options such as the activity the change belongs to.
        #[spec("RFC 3253, Section 8.8")]
        #[method(idempotent, content = defined)]
        Checkout = "CHECKOUT",

        /// Asks the recipient to open a tunnel to the host and port in the request target and relay bytes both ways.
        ///
        /// This is how a client reaches an HTTPS site through a forward proxy: the
        /// request target is just `host:port`, and once the proxy answers with a `2xx`
        /// the connection stops carrying HTTP and carries the tunnelled bytes
        /// (usually a TLS handshake) instead. Neither the request nor the successful
        /// response has content. Proxies should limit the ports they connect to
        /// (typically 443), or they become open relays for any protocol.
        ///
        /// Application servers and API handlers practically never receive it;
        /// because it changes what the connection is, a client must not retry it
        /// blindly.
        ///
        /// ```text
        /// CONNECT api.example.com:443 HTTP/1.1
        /// Host: api.example.com:443
        /// Proxy-Authorization: Basic YWRhOnNlY3JldA==
        ///
        /// HTTP/1.1 200 OK
        /// (from here on, the proxy relays the TLS bytes in both directions)
        /// ```
        #[spec("RFC 9110, Section 9.3.6")]
        #[method(content = not_allowed)]
        Connect = "CONNECT",

        /// Duplicates the target resource at the URI given in the `Destination` request header.
        ///
        /// Part of WebDAV (RFC 4918). `Overwrite: F` makes the copy fail with `412`
        /// when something already exists at the destination; for a collection,
        /// `Depth: 0` copies only the collection itself and `Depth: infinity` (the
        /// default) its whole tree. The answer is `201` for a new resource and `204`
        /// when an existing one was replaced. File managers that mount WebDAV shares
        /// send it; web APIs rarely do.
        #[spec("RFC 4918, Section 9.8")]
        #[method(idempotent)]
        Copy = "COPY",

        /// Asks the server to remove the target resource, or at least its association with the target URI.
        ///
        /// Whether the data is actually erased, archived or merely unlinked is the
        /// server's business; the client only learns that the URI no longer refers
        /// to what it did. Answer `204` when done, `200` with a body describing the
        /// outcome, or `202` when the removal is only queued.
        ///
        /// Because it is idempotent, a client whose connection dropped may send the
        /// same `DELETE` again. Idempotence is about the effect on the server, not
        /// the response: the repeat may well get `404`, and clients should treat that
        /// as success. Content in a `DELETE` request has no defined meaning and some
        /// servers and proxies reject it, so identify what to delete in the URI.
        ///
        /// ```text
        /// DELETE /users/42 HTTP/1.1
        /// Authorization: Bearer eyJ...
        ///
        /// HTTP/1.1 204 No Content
        /// ```
        #[spec("RFC 9110, Section 9.3.5")]
        #[method(idempotent)]
        Delete = "DELETE",

        /// Asks for a current representation of the target resource.
        ///
        /// The method for reading: pages, files, API resources, search results that
        /// fit in a query string. Because it is safe, browsers, crawlers, link
        /// previews and prefetchers send it whenever they like, so a `GET` must never
        /// change state: a "delete" or "unsubscribe" link that acts on a plain `GET`
        /// will sooner or later be triggered by a bot.
        ///
        /// Content in a `GET` request has no defined meaning; many servers, proxies
        /// and client libraries drop or refuse it. When the query does not fit in the
        /// URI, use `QUERY`. Responses can be cached, revalidated with `If-None-Match`
        /// or `If-Modified-Since` (answered by `304`), and fetched in parts with
        /// `Range`.
        ///
        /// ```text
        /// GET /users/42 HTTP/1.1
        /// Accept: application/json
        ///
        /// HTTP/1.1 200 OK
        /// Content-Type: application/json
        /// Cache-Control: max-age=60
        /// ETag: "v7"
        ///
        /// {"id": 42, "name": "Ada"}
        /// ```
        #[spec("RFC 9110, Section 9.3.1")]
        #[method(safe, idempotent, cacheable)]
        Get = "GET",

        /// Asks for the header section a `GET` would receive, without the content.
        ///
        /// Use it to check that a resource exists, how large it is, or whether it
        /// changed (`ETag`, `Last-Modified`) before downloading it; link checkers and
        /// download managers rely on it. The server should send the same header
        /// fields as for `GET`, and every general-purpose server has to support both
        /// methods; many frameworks answer `HEAD` from the `GET` handler.
        ///
        /// A response to `HEAD` never has a body, even when `Content-Length` gives a
        /// size: that size is what a `GET` would return. A hand-written client that
        /// waits for those bytes after a `HEAD` hangs.
        ///
        /// ```text
        /// HEAD /downloads/app-1.4.2.tar.gz HTTP/1.1
        ///
        /// HTTP/1.1 200 OK
        /// Content-Type: application/gzip
        /// Content-Length: 18423112
        /// Last-Modified: Tue, 03 Feb 2026 09:12:00 GMT
        /// Accept-Ranges: bytes
        /// ```
        #[spec("RFC 9110, Section 9.3.2")]
        #[method(safe, idempotent, cacheable)]
        Head = "HEAD",

        /// Adds, moves or removes a label, a client-chosen name such as `release-1.0`, on a version.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253). The XML body
        /// says which label to add, set or remove; other requests can then pick a
        /// version by label with the `Label` header. Only version-control servers use
        /// it.
        #[spec("RFC 3253, Section 8.2")]
        #[method(idempotent, content = defined)]
        Label = "LABEL",

        /// Historic: was meant to create `Link` relationships between the target resource and other resources.
        ///
        /// Defined only in RFC 2068 (the first HTTP/1.1 specification) and dropped
        /// from RFC 2616 onwards. It stays in the registry for that history, but
        /// nothing uses it; do not implement it. It is unrelated to the `Link` header
        /// field, which is alive and well (RFC 8288).
        #[spec("RFC 2068, Section 19.6.1.2")]
        #[method(idempotent)]
        Link = "LINK",

        /// Takes a lock on the target resource, or refreshes one, so that others cannot change it meanwhile.
        ///
        /// Part of WebDAV (RFC 4918). The XML body describes the lock (exclusive or
        /// shared, and who owns it); the response returns the new lock token in
        /// `Lock-Token`, which later writes must present in an `If` header. A refresh
        /// sends the token in `If` and no body. Locking an unmapped URI creates an
        /// empty, locked resource there. Office suites and file managers lock files
        /// they open from WebDAV shares.
        ///
        /// It is not idempotent: every successful `LOCK` creates a new lock, and
        /// repeating an exclusive lock request fails with `423 Locked`.
        #[spec("RFC 4918, Section 9.10")]
        #[method(content = defined)]
        Lock = "LOCK",

        /// Merges the changes of a version, an activity or a workspace named in the body into the target.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253). The XML body
        /// names the source; the server reports each merged resource, and conflicts,
        /// in a `207` response. Subversion's original HTTP protocol used `MERGE` as
        /// the final step of every commit; outside version control it does not occur.
        #[spec("RFC 3253, Section 11.2")]
        #[method(idempotent, content = defined)]
        Merge = "MERGE",

        /// Creates an activity at the target URI: a resource that groups the changes of one logical change set.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253). Resources
        /// checked out into the activity are later merged together. Subversion's
        /// original HTTP protocol created one activity per commit; an optional XML
        /// body can carry extra instructions. Web APIs never see it.
        #[spec("RFC 3253, Section 13.5")]
        #[method(idempotent, content = defined)]
        Mkactivity = "MKACTIVITY",

        /// Creates a new calendar collection at the target URI.
        ///
        /// Part of CalDAV (RFC 4791), the calendar protocol spoken between calendar
        /// apps and servers. An optional XML body sets properties at creation, such
        /// as the display name or which kinds of components (events, to-dos) the
        /// calendar accepts. The answer is `201`. General web APIs never see it.
        #[spec("RFC 4791, Section 5.3.1; RFC 8144, Section 2.3")]
        #[method(idempotent, content = defined)]
        Mkcalendar = "MKCALENDAR",

        /// Creates a new collection, the WebDAV equivalent of a directory, at the target URI.
        ///
        /// Part of WebDAV (RFC 4918). The parent collection must exist (else `409`),
        /// and the URI must not be in use yet (else `405`). Plain WebDAV leaves the
        /// meaning of a request body open; the extended form of RFC 5689 sends an XML
        /// body that sets the collection's type and properties in the same request
        /// (used to create CardDAV address books, for instance).
        #[spec("RFC 4918, Section 9.3; RFC 5689, Section 3; RFC 8144, Section 2.3")]
        #[method(idempotent, content = defined)]
        Mkcol = "MKCOL",

        /// Creates a redirect reference at the target URI: a resource that sends clients on to another URI.
        ///
        /// Part of the WebDAV redirect reference extension (RFC 4437, experimental).
        /// The XML body names the target and whether the redirect is permanent or
        /// temporary; ordinary requests to the reference then get a `301` or `302`.
        /// Hardly any server implements it.
        #[spec("RFC 4437, Section 6")]
        #[method(idempotent, content = defined)]
        Mkredirectref = "MKREDIRECTREF",

        /// Creates a workspace at the target URI: a private area in which a client checks out and edits versioned resources.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253). An optional XML
        /// body can carry extra instructions. Only version-control servers use it.
        #[spec("RFC 3253, Section 6.3")]
        #[method(idempotent, content = defined)]
        Mkworkspace = "MKWORKSPACE",

        /// Moves the target resource to the URI given in the `Destination` request header.
        ///
        /// Part of WebDAV (RFC 4918): logically a copy followed by a delete of the
        /// source, done as one operation. Renaming a file on a mounted WebDAV share
        /// is a `MOVE`. `Overwrite: F` refuses to replace an existing destination
        /// (`412`); a collection always moves with its whole tree. The answer is `201`
        /// for a new destination and `204` when one was replaced.
        #[spec("RFC 4918, Section 9.9")]
        #[method(idempotent)]
        Move = "MOVE",

        /// Asks which communication options, such as the supported methods, apply to the target resource or the server.
        ///
        /// The answer usually lists the methods in `Allow`; `OPTIONS *` asks about
        /// the server as a whole rather than one resource. WebDAV servers add a `DAV`
        /// header naming the features they support.
        ///
        /// Today most `OPTIONS` requests are CORS preflights: before a cross-origin
        /// request that is not "simple" (a `PUT`, `PATCH` or `DELETE`, a JSON
        /// `Content-Type`, an `Authorization` header), the browser sends one on its
        /// own and only proceeds if the `Access-Control-Allow-*` headers of the
        /// answer permit the real request. Preflights never carry credentials, so an
        /// authentication layer that rejects `OPTIONS` with `401` breaks every such
        /// call; answer preflights before authenticating. `Access-Control-Max-Age`
        /// lets the browser reuse the answer for a while.
        ///
        /// ```text
        /// OPTIONS /users/42 HTTP/1.1
        /// Origin: https://app.example.com
        /// Access-Control-Request-Method: PATCH
        /// Access-Control-Request-Headers: authorization, content-type
        ///
        /// HTTP/1.1 204 No Content
        /// Access-Control-Allow-Origin: https://app.example.com
        /// Access-Control-Allow-Methods: GET, PATCH, DELETE
        /// Access-Control-Allow-Headers: authorization, content-type
        /// Access-Control-Max-Age: 600
        /// Vary: Origin
        /// ```
        #[spec("RFC 9110, Section 9.3.7")]
        #[method(safe, idempotent)]
        Options = "OPTIONS",

        /// Changes the order of the members of an ordered WebDAV collection.
        ///
        /// Part of the WebDAV ordered collections extension (RFC 3648). The XML body
        /// places members first, last, or before or after another member, so that
        /// listings return them in that order rather than in one the server chooses.
        /// Rarely implemented; web APIs never see it.
        #[spec("RFC 3648, Section 7")]
        #[method(idempotent, content = defined)]
        Orderpatch = "ORDERPATCH",

        /// Asks the server to apply the changes described in the request content, a patch document, to the target resource.
        ///
        /// Use it for partial updates: unlike `PUT`, the client sends only what
        /// changes, and `Content-Type` names the patch format, such as JSON Merge
        /// Patch (`application/merge-patch+json`, RFC 7396) or JSON Patch
        /// (`application/json-patch+json`, RFC 6902). The server applies the whole
        /// patch or nothing. A format it does not support gets `415` with an
        /// `Accept-Patch` header listing the ones it does.
        ///
        /// A patch is not idempotent in general: "append an item" or "add 1" applied
        /// twice differs from applied once, so clients must not repeat a `PATCH`
        /// blindly. Sending `If-Match` with the last `ETag` makes a repeat (or a
        /// concurrent edit) fail with `412` instead of applying twice.
        ///
        /// A response to `PATCH` may be stored only when it carries explicit freshness
        /// information and a `Content-Location` equal to the target URI, and then only
        /// to answer a later `GET` or `HEAD` of that URI, never another `PATCH`. That
        /// narrow case is why `is_cacheable()` is false.
        ///
        /// ```text
        /// PATCH /users/42 HTTP/1.1
        /// Content-Type: application/merge-patch+json
        /// If-Match: "v7"
        ///
        /// {"name": "Ada Lovelace"}
        ///
        /// HTTP/1.1 200 OK
        /// Content-Type: application/json
        /// ETag: "v8"
        ///
        /// {"id": 42, "name": "Ada Lovelace"}
        /// ```
        #[spec("RFC 5789, Section 2")]
        #[method(content = defined)]
        Patch = "PATCH",

        /// Asks the target resource to process the request content according to the resource's own rules.
        ///
        /// The general-purpose method for everything that does not fit the others:
        /// creating a member of a collection (answer `201` with `Location`), submitting
        /// a form, starting an action such as `/orders/7/cancel`. If the client knows
        /// the final URI and sends the full state, `PUT` fits better; for a partial
        /// update, `PATCH`; for a read-only search with a body, `QUERY`.
        ///
        /// It is not idempotent: a repeated `POST` may create a second order or charge
        /// a card twice, so browsers warn before resubmitting and clients must not
        /// retry it on their own. APIs that need safe retries accept a client-chosen
        /// id (or an idempotency key) and recognise the repeat.
        ///
        /// A response to `POST` may be stored only when it carries explicit freshness
        /// information and a `Content-Location` equal to the target URI, and then only
        /// to answer a later `GET` or `HEAD` of that URI, never another `POST`. That
        /// narrow case is why `is_cacheable()` is false.
        ///
        /// ```text
        /// POST /users HTTP/1.1
        /// Content-Type: application/json
        ///
        /// {"email": "ada@example.com", "name": "Ada"}
        ///
        /// HTTP/1.1 201 Created
        /// Location: /users/43
        /// Content-Type: application/json
        ///
        /// {"id": 43, "email": "ada@example.com", "name": "Ada"}
        /// ```
        #[spec("RFC 9110, Section 9.3.3")]
        #[method(content = defined)]
        Post = "POST",

        /// Begins the HTTP/2 connection preface; it is never a request method that a client actually sends.
        ///
        /// An HTTP/2 connection begins with the fixed bytes
        /// `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`, which look like an HTTP/1.1 request so
        /// that an HTTP/1.1 server fails on them cleanly instead of misreading the
        /// frames that follow. The name is registered only to keep it from being used
        /// for anything else; its safe and idempotent flags are a formality.
        ///
        /// A server that reads `PRI` on an HTTP/1.1 connection is talking to an HTTP/2
        /// client that assumed, with prior knowledge, that the server speaks HTTP/2
        /// (cleartext `h2c` without an upgrade). It should either switch to HTTP/2 or
        /// reject the connection; it must never route it like a request.
        #[spec("RFC 9113, Section 3.4")]
        #[method(safe, idempotent, content = not_allowed)]
        Pri = "PRI",

        /// Retrieves properties of the target resource and, depending on `Depth`, of the members of a collection.
        ///
        /// Part of WebDAV (RFC 4918); it is how WebDAV clients list a directory. The
        /// optional XML body names the properties wanted, or asks for all of them or
        /// only their names; without a body the server returns all properties. The
        /// answer is a `207 Multi-Status` with one entry per resource. `Depth: 0` asks
        /// about the resource alone, `Depth: 1` adds its direct members; many servers
        /// refuse `Depth: infinity`. CalDAV and CardDAV clients use it to discover
        /// calendars and address books.
        ///
        /// ```text
        /// PROPFIND /files/ HTTP/1.1
        /// Depth: 1
        /// Content-Type: application/xml
        ///
        /// <propfind xmlns="DAV:">
        ///   <prop><getlastmodified/><getcontentlength/></prop>
        /// </propfind>
        ///
        /// HTTP/1.1 207 Multi-Status
        /// Content-Type: application/xml
        /// (one response element per file, each with its properties)
        /// ```
        #[spec("RFC 4918, Section 9.1; RFC 8144, Section 2.1")]
        #[method(safe, idempotent, content = defined)]
        Propfind = "PROPFIND",

        /// Sets and removes properties of the target resource, as listed in the XML body.
        ///
        /// Part of WebDAV (RFC 4918). The instructions are applied in order and as a
        /// unit: either all of them succeed or none does, and the `207` response
        /// reports the outcome per property. Properties the server maintains itself
        /// (such as the modification date) are usually protected and cannot be set.
        #[spec("RFC 4918, Section 9.2; RFC 8144, Section 2.2")]
        #[method(idempotent, content = defined)]
        Proppatch = "PROPPATCH",

        /// Asks the server to create the target resource, or replace its state, with the request content.
        ///
        /// Use it when the client knows the URI and sends the complete new state:
        /// fields left out are gone (or back to their defaults), not kept. For a
        /// partial change use `PATCH`; to let the server choose the URI, `POST` to the
        /// collection. Answer `201` when the resource was created and `200` or `204`
        /// when it was replaced.
        ///
        /// Because it is idempotent, a client may retry a `PUT` whose response got
        /// lost: the second one leaves the same state. Against concurrent edits, send
        /// `If-Match` with the last `ETag` (a mismatch gets `412`), or
        /// `If-None-Match: *` to create the resource only if it does not exist yet.
        ///
        /// ```text
        /// PUT /users/42 HTTP/1.1
        /// Content-Type: application/json
        /// If-Match: "v7"
        ///
        /// {"id": 42, "email": "ada@example.com", "name": "Ada Lovelace"}
        ///
        /// HTTP/1.1 204 No Content
        /// ```
        #[spec("RFC 9110, Section 9.3.4")]
        #[method(idempotent, content = defined)]
        Put = "PUT",

        /// Asks the target resource to evaluate the query carried in the request content and return the result, changing nothing.
        ///
        /// Use it for reads whose parameters are too large or too structured for a
        /// URI: it replaces both the `GET` with a huge query string (URI length
        /// limits, parameters ending up in logs) and the `POST` used as a search
        /// (neither safe nor cacheable, so it is neither retried nor cached). Because
        /// `QUERY` is safe and idempotent, clients and intermediaries may retry it,
        /// and its responses can be cached; the cache key then includes the request
        /// content and its media type.
        ///
        /// The content is required: a server must reject a `QUERY` without content,
        /// or with a `Content-Type` it does not support, with `415` or `400`. Servers
        /// can advertise the query formats they accept in the `Accept-Query` response
        /// header. A response may also point at a URI that a plain `GET` can fetch
        /// later: one for the query itself or one for its result, given in `Location`
        /// or `Content-Location`.
        ///
        /// The method is new (RFC 10008, June 2026): older servers, proxies and
        /// frameworks may answer `405` or `501`, so clients may need `POST` as a
        /// fallback for a while.
        ///
        /// ```text
        /// QUERY /users HTTP/1.1
        /// Content-Type: application/json
        /// Accept: application/json
        ///
        /// {"where": {"city": "Berlin", "active": true},
        ///  "fields": ["id", "name"],
        ///  "limit": 2}
        ///
        /// HTTP/1.1 200 OK
        /// Content-Type: application/json
        /// Cache-Control: max-age=60
        ///
        /// [{"id": 42, "name": "Ada"}, {"id": 57, "name": "Grace"}]
        /// ```
        #[spec("RFC 10008, Section 2")]
        #[method(safe, idempotent, cacheable, content = defined)]
        Query = "QUERY",

        /// Moves a binding from one collection to another in one step, keeping the resource itself untouched.
        ///
        /// Part of the WebDAV BIND extension (RFC 5842, experimental). The XML body
        /// names the new path segment and the existing binding to move. Unlike
        /// `MOVE`, which may copy and delete, the resource keeps its identity, locks
        /// and properties. Few servers implement it.
        #[spec("RFC 5842, Section 6")]
        #[method(idempotent, content = defined)]
        Rebind = "REBIND",

        /// Asks for a report about the target resource, with the kind of report and its parameters given in the XML body.
        ///
        /// Defined by DeltaV (RFC 3253) as a general extension point, and used far
        /// beyond versioning: CalDAV's calendar queries (events in a time range),
        /// CardDAV's address book queries and WebDAV collection synchronisation are
        /// all reports. It only reads, so clients may repeat it. Web APIs outside the
        /// WebDAV family never see it.
        #[spec("RFC 3253, Section 3.6; RFC 8144, Section 2.1")]
        #[method(safe, idempotent, content = defined)]
        Report = "REPORT",

        /// Runs a server-side search over WebDAV resources, the query being given in the request body.
        ///
        /// Part of WebDAV SEARCH (RFC 5323, once known as DASL). The body holds the
        /// query in a grammar the server supports, most often the XML `basicsearch`
        /// grammar with its select, from and where parts; the matches come back
        /// in a `207` response. For a query with content outside WebDAV, use `QUERY`.
        #[spec("RFC 5323, Section 2")]
        #[method(safe, idempotent, content = defined)]
        Search = "SEARCH",

        /// Asks the servers on the path to send back the request message as the final recipient received it.
        ///
        /// A loop-back test: the final recipient (limited by `Max-Forwards`) answers
        /// `200` with the request it saw as `message/http` content, which shows what
        /// proxies on the way added or changed. The client must not send content, and
        /// should leave out credentials and cookies.
        ///
        /// Most servers disable it and answer `405` or `501`. It was the basis of
        /// cross-site tracing attacks, in which a script read back cookies and
        /// `Authorization` headers it could not otherwise see; browsers today refuse
        /// to send it from scripts.
        ///
        /// ```text
        /// TRACE /status HTTP/1.1
        /// Max-Forwards: 2
        ///
        /// HTTP/1.1 200 OK
        /// Content-Type: message/http
        ///
        /// TRACE /status HTTP/1.1
        /// Max-Forwards: 0
        /// Via: 1.1 edge-proxy, 1.1 internal-lb
        /// ```
        #[spec("RFC 9110, Section 9.3.8")]
        #[method(safe, idempotent, content = not_allowed)]
        Trace = "TRACE",

        /// Removes one binding, named by a path segment in the XML body, from the target collection.
        ///
        /// Part of the WebDAV BIND extension (RFC 5842, experimental): the reverse of
        /// `BIND`. Other bindings to the same resource stay; the resource itself
        /// goes away only once nothing binds it any more. Few servers implement it.
        #[spec("RFC 5842, Section 5")]
        #[method(idempotent, content = defined)]
        Unbind = "UNBIND",

        /// Cancels a checkout and restores the resource to the version it was checked out from.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253): the way to
        /// abandon an edit begun with `CHECKOUT` without creating a new version. An
        /// optional XML body carries extensions. Only version-control servers use it.
        #[spec("RFC 3253, Section 4.5")]
        #[method(idempotent, content = defined)]
        Uncheckout = "UNCHECKOUT",

        /// Historic: was meant to remove `Link` relationships between the target resource and other resources.
        ///
        /// The counterpart of `LINK`, likewise defined only in RFC 2068 and dropped
        /// from RFC 2616 onwards. It is registered for that history and used by
        /// nothing; do not implement it.
        #[spec("RFC 2068, Section 19.6.1.3")]
        #[method(idempotent)]
        Unlink = "UNLINK",

        /// Removes the lock identified by the `Lock-Token` request header from the target resource.
        ///
        /// Part of WebDAV (RFC 4918): the counterpart of `LOCK`, sent when a client
        /// is done editing. It has no body; the answer is `204` on success. A lock
        /// that is never released lasts until its timeout runs out.
        #[spec("RFC 4918, Section 9.11")]
        #[method(idempotent)]
        Unlock = "UNLOCK",

        /// Sets a checked-in versioned resource to the state of the version named in the XML body.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253), comparable to
        /// switching a working copy to another revision. The body names the version
        /// (directly or by label), and the `207` response lists what changed. Only
        /// version-control servers use it.
        #[spec("RFC 3253, Section 7.1")]
        #[method(idempotent, content = defined)]
        Update = "UPDATE",

        /// Points an existing redirect reference at a new target, or changes whether it redirects permanently.
        ///
        /// Part of the WebDAV redirect reference extension (RFC 4437, experimental),
        /// the companion of `MKREDIRECTREF`; the new settings come in the XML body.
        /// Hardly any server implements it.
        #[spec("RFC 4437, Section 7")]
        #[method(idempotent, content = defined)]
        Updateredirectref = "UPDATEREDIRECTREF",

        /// Puts the target resource under version control, recording its current state as the first version.
        ///
        /// Part of DeltaV, the WebDAV versioning extension (RFC 3253), and the entry
        /// point of its versioning model: afterwards the resource is changed through
        /// `CHECKOUT` and `CHECKIN`. An optional XML body can instead base the
        /// resource on an existing version (when populating a workspace). Only
        /// version-control servers use it.
        #[spec("RFC 3253, Section 3.5")]
        #[method(idempotent, content = defined)]
        VersionControl = "VERSION-CONTROL",
    }
}
