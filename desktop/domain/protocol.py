"""Wire-level constants of the sync protocol, shared by client and server."""

from __future__ import annotations

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-AgentDesk-Protocol"
API_PREFIX = "/api/v1"
DEFAULT_PAGE_SIZE = 5000
MAX_PAGE_SIZE = 20000

# Error codes the server puts into {"error": {"code": ..., "message": ...}}
ERR_BAD_CREDENTIALS = "bad_credentials"
ERR_TOKEN_EXPIRED = "token_expired"
ERR_TOKEN_INVALID = "token_invalid"
ERR_FORBIDDEN = "forbidden"
ERR_RESYNC_REQUIRED = "resync_required"
ERR_PROTOCOL = "protocol_unsupported"
ERR_BAD_REQUEST = "bad_request"
ERR_REVOKED = "revoked"  # user or device revoked by an admin: the client wipes its replica
