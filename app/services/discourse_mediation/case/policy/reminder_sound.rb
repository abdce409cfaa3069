# frozen_string_literal: true

module DiscourseMediation
  # A private reminder names current items of the published list, and has
  # someone to go to.
  class Case::Policy::ReminderSound < Service::PolicyBase
    delegate :params, :mediation_case, to: :context, private: true

    def call
      return true if !params.private_reminder
      mediation_case.subject_id.present? && params.reminder_keys.present? &&
        (params.reminder_keys - Behaviour.published_keys).empty?
    end

    def reason
      if mediation_case.subject_id.nil?
        I18n.t("discourse_mediation.errors.reminder_needs_subject")
      else
        I18n.t("discourse_mediation.errors.reminder_needs_items")
      end
    end
  end
end
