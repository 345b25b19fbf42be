"""A passkey in software, for tests without a browser: it answers the portal's WebAuthn
challenges as a phone or security key would (attestation "none", ES256, user verified).

The browser tests use Chromium's own virtual authenticator instead.
"""

from __future__ import annotations

import json
import os
from hashlib import sha256

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from fido2.cose import ES256
from fido2.utils import websafe_decode, websafe_encode
from fido2.webauthn import (
    Aaguid,
    AttestationObject,
    AttestedCredentialData,
    AuthenticatorData,
    CollectedClientData,
)

FLAG = AuthenticatorData.FLAG


class SoftPasskey:
    """One credential, made by ``register`` and used by ``sign``."""

    def __init__(self, *, user_verified: bool = True) -> None:
        self.private_key = ec.generate_private_key(ec.SECP256R1())
        self.credential_id = os.urandom(32)
        self.user_verified = user_verified
        self.user_handle: bytes | None = None
        self.counter = 0

    def _flags(self, *attested: FLAG) -> FLAG:
        flags = FLAG.UP
        if self.user_verified:
            flags |= FLAG.UV
        for flag in attested:
            flags |= flag
        return flags

    def register(self, creation_options: dict, *, origin: str, resident: bool = True) -> str:
        """The JSON the page posts as ``credential`` after ``navigator.credentials.create``."""
        options = creation_options["publicKey"]
        rp_id = options["rp"]["id"]
        self.user_handle = websafe_decode(options["user"]["id"])
        client_data = CollectedClientData.create(
            type=CollectedClientData.TYPE.CREATE, challenge=options["challenge"], origin=origin
        )
        public_key = ES256.from_cryptography_key(self.private_key.public_key())
        credential_data = AttestedCredentialData.create(Aaguid.NONE, self.credential_id, public_key)
        auth_data = AuthenticatorData.create(
            sha256(rp_id.encode()).digest(), self._flags(FLAG.AT), self.counter, credential_data
        )
        attestation = AttestationObject.create("none", auth_data, {})
        return json.dumps(
            {
                "type": "public-key",
                "id": websafe_encode(self.credential_id),
                "rawId": websafe_encode(self.credential_id),
                "authenticatorAttachment": "platform",
                "response": {
                    "clientDataJSON": websafe_encode(client_data),
                    "attestationObject": websafe_encode(attestation),
                },
                "clientExtensionResults": {"credProps": {"rk": resident}},
            }
        )

    def sign(self, request_options: dict, *, origin: str) -> str:
        """The JSON the page posts as ``credential`` after ``navigator.credentials.get``."""
        options = request_options["publicKey"]
        self.counter += 1
        client_data = CollectedClientData.create(
            type=CollectedClientData.TYPE.GET, challenge=options["challenge"], origin=origin
        )
        auth_data = AuthenticatorData.create(
            sha256(options["rpId"].encode()).digest(), self._flags(), self.counter
        )
        signature = self.private_key.sign(
            bytes(auth_data) + client_data.hash, ec.ECDSA(hashes.SHA256())
        )
        return json.dumps(
            {
                "type": "public-key",
                "id": websafe_encode(self.credential_id),
                "rawId": websafe_encode(self.credential_id),
                "authenticatorAttachment": "platform",
                "response": {
                    "clientDataJSON": websafe_encode(client_data),
                    "authenticatorData": websafe_encode(auth_data),
                    "signature": websafe_encode(signature),
                    "userHandle": websafe_encode(self.user_handle or b""),
                },
                "clientExtensionResults": {},
            }
        )
