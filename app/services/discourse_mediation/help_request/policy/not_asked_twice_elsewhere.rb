# frozen_string_literal: true

module DiscourseMediation
  # A member's open request about a person's conduct outside the forum
  # stands for all of it: a second one (a double submission among them)
  # would open a second case about the same person. Asked with the asker's
  # row locked (HelpRequest::CreateElsewhere#lock_asker).
  class HelpRequest::Policy::NotAskedTwiceElsewhere < Service::PolicyBase
    delegate :guardian, :subject_user, to: :context, private: true

    def call
      !HelpRequest
        .by(guardian.user)
        .where(withdrawn_at: nil)
        .joins(:mediation_case)
        .merge(MediationCase.ongoing.where(conduct_place: "elsewhere", subject_id: subject_user.id))
        .exists?
    end

    def reason
      I18n.t("discourse_mediation.errors.elsewhere.already_asked")
    end
  end
end
