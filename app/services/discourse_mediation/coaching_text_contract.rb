# frozen_string_literal: true

module DiscourseMediation
  # For coaching service contracts that take a text (a plan, a comment, a
  # note, a summary): read trimmed, within its length, and refused unless it
  # came as plain text, since a hash or a list would otherwise be kept as its
  # printed form.
  module CoachingTextContract
    ERRORS = "discourse_mediation.errors.coaching"

    # `optional`: an empty text reads as nil. `max`: its length in
    # characters, with `too_long` the error's key. `missing`: the error's key
    # when it is required and empty. `when_asked`: the text is only checked
    # for when it returns true (a comment, only with a request for changes).
    def takes_coaching_text(
      name,
      optional: false,
      max: nil,
      too_long: nil,
      missing: nil,
      when_asked: nil
    )
      define_method(name) do
        text = super().to_s.strip
        optional ? text.presence : text
      end
      validate do
        next if when_asked && !instance_exec(&when_asked)
        text = public_send(name).to_s
        if missing && text.empty?
          errors.add(:base, I18n.t("#{ERRORS}.#{missing}"))
        elsif max && text.each_char.count > max
          errors.add(:base, I18n.t("#{ERRORS}.#{too_long}", count: max))
        end
      end
      validate do
        if !Rules::DueProcess::Coaching.text?(@attributes[name.to_s].value_before_type_cast)
          errors.add(:base, I18n.t("#{ERRORS}.not_text"))
        end
      end
    end
  end
end
