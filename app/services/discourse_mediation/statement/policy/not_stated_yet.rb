# frozen_string_literal: true

module DiscourseMediation
  # One statement (or one refusal) per person, never changed afterwards.
  class Statement::Policy::NotStatedYet < Service::PolicyBase
    delegate :mediation_case, :guardian, to: :context, private: true

    def call
      !mediation_case.statements.exists?(user_id: guardian.user.id, kind: "statement")
    end

    def reason
      I18n.t("discourse_mediation.errors.already_stated")
    end
  end
end
