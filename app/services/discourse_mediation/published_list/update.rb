# frozen_string_literal: true

module DiscourseMediation
  # Edits an item's text as a new version. Cases that cited an earlier version
  # keep the text they cited.
  class PublishedList::Update
    include Service::Base
    include PublishedList::AdminEditing

    params do
      attribute :key, :string
      attribute :title, :string
      attribute :description, :string

      validates :key, :title, :description, presence: true
      validates :title, length: { maximum: Behaviour::TITLE_MAX_LENGTH }
      validates :description, length: { maximum: Behaviour::DESCRIPTION_MAX_LENGTH }
    end

    policy :is_admin
    model :behaviour
    step :revise

    private

    def revise(behaviour:, params:, guardian:)
      behaviour.revise!(title: params.title, description: params.description, by: guardian.user)
    end
  end
end
