# frozen_string_literal: true

module DiscourseMediation
  # A mediator's second case about the same person, place and day while the
  # first is open is a double submission, not a second incident. Asked with
  # the person's row locked (Case::OpenElsewhere#lock_subject).
  class Case::Policy::NotOpenedTwice < Service::PolicyBase
    delegate :params, :subject_user, to: :context, private: true

    def call
      !MediationCase
        .ongoing
        .where(
          conduct_place: "elsewhere",
          subject_id: subject_user.id,
          conduct_on: params.conduct_on,
        )
        .where("LOWER(conduct_where) = LOWER(?)", params.where)
        .exists?
    end

    def reason
      I18n.t("discourse_mediation.errors.elsewhere.already_open")
    end
  end
end
