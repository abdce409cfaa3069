# frozen_string_literal: true

module DiscourseMediation
  class Case::Policy::NotInvolvedYet < Service::PolicyBase
    delegate :mediation_case, :person_user, to: :context, private: true

    def call
      !mediation_case.people.exists?(user_id: person_user.id)
    end

    def reason
      I18n.t("discourse_mediation.errors.already_involved", username: person_user.username)
    end
  end
end
