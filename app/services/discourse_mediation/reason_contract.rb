# frozen_string_literal: true

module DiscourseMediation
  # For service contracts with a `reason` someone else will read: trimmed,
  # required, and of a bounded length, with one translated error when not.
  module ReasonContract
    def requires_reason(max_length:, error:)
      define_method(:reason) { super().to_s.strip }
      validate do
        errors.add(:base, I18n.t(error)) if reason.empty? || reason.each_char.count > max_length
      end
    end
  end
end
