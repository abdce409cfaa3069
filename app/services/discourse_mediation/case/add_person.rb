# frozen_string_literal: true

module DiscourseMediation
  # Adds someone to the people a case involves.
  class Case::AddPerson
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :username, :string
      validates :case_id, :username, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:manage_people]
    policy :in_state, class_name: Case::Policy::InStateFor[:manage_people]
    model :person_user

    # Under the case's lock: two mediators adding the same person at once
    # add them once, and the second is told they are already involved.

    transaction do
      step :lock_case
      policy :not_involved_yet, class_name: Case::Policy::NotInvolvedYet
      step :add_person
      step :record_on_timeline
    end

    private

    def fetch_person_user(params:)
      User.real.find_by_username(params.username)
    end

    def add_person(mediation_case:, person_user:, guardian:)
      mediation_case.people.create!(user: person_user, added_by: guardian.user)
    end

    def record_on_timeline(mediation_case:, person_user:, guardian:)
      mediation_case.log_event!("person_added", user: guardian.user, username: person_user.username)
    end
  end
end
