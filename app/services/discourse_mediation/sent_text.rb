# frozen_string_literal: true

module DiscourseMediation
  # For contracts whose attributes are untyped, so that input in the wrong
  # shape is refused rather than cast: what was sent, and each text turned
  # once (the checks and the record read it several times).
  module SentText
    private

    def sent(name)
      @attributes[name.to_s].value_before_type_cast
    end

    # The text as sent, turned by the block once; "" when it is not text.
    def sent_text(name)
      @sent_texts ||= {}
      @sent_texts.fetch(name) do
        value = sent(name)
        @sent_texts[name] = value.is_a?(String) ? yield(value) : ""
      end
    end

    # Whether every value is text without control characters.
    def plain_texts?(values)
      values.all?(String) && values.none? { Rules::PlainText.control?(_1) }
    end
  end
end
