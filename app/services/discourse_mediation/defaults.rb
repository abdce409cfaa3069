# frozen_string_literal: true

module DiscourseMediation
  # The published list and ladder a community starts with. Their text is in the
  # locale files; admins edit both afterwards.
  module Defaults
    BEHAVIOUR_KEYS = %w[
      personal-attacks
      harassment
      demeaning-identity
      threats
      private-information
      sustained-disruption
      deceptive-identity
    ].freeze

    LADDER = [
      { key: "no_action", kind: "no_action" },
      { key: "private_correction", kind: "private_correction", review_days: 90 },
      { key: "formal_warning", kind: "formal_warning", review_days: 180 },
      { key: "cool_down", kind: "cool_down", duration_days: 7 },
      { key: "suspension", kind: "suspension", duration_days: 30 },
      { key: "long_suspension", kind: "long_suspension", duration_days: 365, review_days: 180 },
    ].freeze

    module_function

    def seed!
      seed_published_list! if !Behaviour.exists?
      seed_ladder! if !LadderStep.exists?
    end

    def seed_published_list!
      BEHAVIOUR_KEYS.each_with_index do |key, position|
        text = "discourse_mediation.defaults.behaviours.#{key.tr("-", "_")}"
        behaviour =
          Behaviour.create!(
            key:,
            position:,
            title: I18n.t("#{text}.title"),
            description: I18n.t("#{text}.description"),
          )
        behaviour.record_version!(by: nil)
      end
    end

    def seed_ladder!
      LADDER.each_with_index do |step, position|
        text = "discourse_mediation.defaults.ladder.#{step[:key]}"
        LadderStep.create!(
          **step,
          position:,
          title: I18n.t("#{text}.title"),
          description: I18n.t("#{text}.description"),
        )
      end
    end
  end
end
