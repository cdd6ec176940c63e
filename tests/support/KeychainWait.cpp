#include "KeychainWait.h"

#include "ClientRig.h"

#include <catch2/catch.hpp>

#include <optional>

namespace ccas::test {

Result<QString, SecretError> readAndWait(SecretStore& store, const QString& key)
{
    std::optional<Result<QString, SecretError>> result;
    store.read(key, nullptr, [&](const Result<QString, SecretError>& r) { result.emplace(r); });
    if (!waitUntil([&] { return result.has_value(); }, 15000))
        return SecretError{SecretError::Kind::Other, QStringLiteral("test: no callback")};
    return *result;
}

Result<void, SecretError> writeAndWait(SecretStore& store, const QString& key, const QString& value, bool remove)
{
    std::optional<Result<void, SecretError>> result;
    auto cb = [&](const Result<void, SecretError>& r) { result.emplace(r); };
    if (remove)
        store.remove(key, nullptr, cb);
    else
        store.write(key, value, nullptr, cb);
    if (!waitUntil([&] { return result.has_value(); }, 15000))
        return SecretError{SecretError::Kind::Other, QStringLiteral("test: no callback")};
    return *result;
}

void removeAndWait(SecretStore& store, const QString& key)
{
    bool done = false;
    store.remove(key, nullptr, [&](const Result<void, SecretError>&) { done = true; });
    REQUIRE(waitUntil([&] { return done; }, 15000));
}

} // namespace ccas::test
