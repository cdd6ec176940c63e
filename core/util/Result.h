#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ccas {

// A generic error for subsystems that have no richer error type of their own.
struct Error
{
    QString userMessage; // translated, shown to the agent
    QString detail;      // technical, for the log only; never personal data
};

// Result<T, E>: either a value or an error. No exceptions cross Qt boundaries.
template <typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const E& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const E& error() const { return m_error; }

private:
    E m_error{};
    bool m_ok = true;
};

} // namespace ccas
