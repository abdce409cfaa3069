# frozen_string_literal: true

module DiscourseMediation
  # Adds an item to the end of the published list, as its first version.
  class PublishedList::Create
    include Service::Base
    include PublishedList::AdminEditing

    params do
      attribute :key, :string
      attribute :title, :string
      attribute :description, :string

      validates :key, :title, :description, presence: true
      validates :key, format: { with: /\A[a-z0-9][a-z0-9-]{0,49}\z/ }
      validates :title, length: { maximum: Behaviour::TITLE_MAX_LENGTH }
      validates :description, length: { maximum: Behaviour::DESCRIPTION_MAX_LENGTH }
    end

    policy :is_admin
    policy :key_is_new

    transaction do
      model :behaviour, :create_behaviour
      step :record_first_version
    end

    private

    # An id, once used, stays that item's forever, retired or not.
    def key_is_new(params:)
      !Behaviour.exists?(key: params.key)
    end

    def create_behaviour(params:)
      Behaviour.create!(
        key: params.key,
        title: params.title,
        description: params.description,
        position: (Behaviour.maximum(:position) || -1) + 1,
      )
    end

    def record_first_version(behaviour:, guardian:)
      behaviour.record_version!(by: guardian.user)
    end
  end
end
