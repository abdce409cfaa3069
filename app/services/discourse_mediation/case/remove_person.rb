# frozen_string_literal: true

module DiscourseMediation
  # Removes someone a mediator added. The subject, the author of the post in
  # question, stays: the case is about their post.
  class Case::RemovePerson
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :user_id, :integer
      validates :case_id, :user_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:manage_people]
    policy :in_state, class_name: Case::Policy::InStateFor[:manage_people]
    model :person
    policy :not_the_subject

    transaction do
      step :remove_person
      step :record_on_timeline
    end

    private

    def fetch_person(mediation_case:, params:)
      mediation_case.people.includes(:user).find_by(user_id: params.user_id)
    end

    def not_the_subject(person:)
      !person.subject
    end

    def remove_person(person:)
      person.destroy!
    end

    def record_on_timeline(mediation_case:, person:, guardian:)
      mediation_case.log_event!(
        "person_removed",
        user: guardian.user,
        username: person.user&.username,
      )
    end
  end
end
