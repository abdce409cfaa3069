# frozen_string_literal: true

module DiscourseMediation
  # For service contracts that take a statement's text (`raw`): trimmed, not
  # empty, and within Statement::MAX_LENGTH, with the error in words.
  module StatementTextContract
    def requires_statement_text
      define_method(:raw) { super().to_s.strip }
      validate do
        error = Statement.text_error(raw)
        errors.add(:base, error) if error
      end
    end
  end
end
