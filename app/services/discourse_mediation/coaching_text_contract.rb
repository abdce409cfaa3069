# frozen_string_literal: true

module DiscourseMediation
  # For coaching service contracts that take a text (a plan, a comment, a
  # note, a summary): read trimmed, and refused unless it came as plain
  # text, since a hash or a list would otherwise be kept as its printed form.
  module CoachingTextContract
    # `optional`: an empty text reads as nil.
    def takes_coaching_text(name, optional: false)
      define_method(name) do
        text = super().to_s.strip
        optional ? text.presence : text
      end
      validate do
        if !Rules::DueProcess::Coaching.text?(@attributes[name.to_s].value_before_type_cast)
          errors.add(:base, I18n.t("discourse_mediation.errors.coaching.not_text"))
        end
      end
    end
  end
end
