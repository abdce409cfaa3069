# frozen_string_literal: true

module DiscourseMediation
  # Nobody opens a case about themselves: a member asks about someone else,
  # and a mediator cannot mediate their own conduct.
  class Case::Policy::NotOneself < Service::PolicyBase
    delegate :guardian, :subject_user, to: :context, private: true

    def call
      subject_user.id != guardian.user.id
    end

    def reason
      I18n.t("discourse_mediation.errors.elsewhere.oneself")
    end
  end
end
